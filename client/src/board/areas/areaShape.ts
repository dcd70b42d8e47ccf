import type { TLShape, TLShapeId } from 'tldraw'

/**
 * Template zones: labelled areas a facilitator's template places on the board. Their truth is
 * session control state (which only the server writes); on the board they are local, locked
 * shapes that every client derives from it. They are never written to, or read from, the
 * shared board document, so no participant can move, rename or remove a zone for others.
 */
export const AREA_SHAPE_TYPE = 'rb-area'

const AREA_ID_PREFIX = 'shape:area-'

export interface AreaText {
  nl: string
  en: string
}

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    'rb-area': { w: number; h: number; title: AreaText; instruction: AreaText }
  }
}

export type AreaShape = TLShape<typeof AREA_SHAPE_TYPE>

/**
 * `shape:area-<key>`. Area keys are `<instanceId>:<areaId>`; every character outside
 * `[A-Za-z0-9_-]` (the colon, and whatever a future key might hold) is written as `~hh`, so
 * two different keys can never share a shape id.
 */
export function areaShapeId(key: string): TLShapeId {
  const safe = key.replace(
    /[^A-Za-z0-9_-]/g,
    (char) => `~${(char.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}~`,
  )
  return `${AREA_ID_PREFIX}${safe}` as TLShapeId
}

/** True for ids in the zone namespace, whatever type a record claims to be. */
export function isAreaShapeId(id: string): boolean {
  return id.startsWith(AREA_ID_PREFIX)
}

/** A record that belongs to the zones: by id or by type, so neither can be smuggled in. */
export function isAreaRecord(record: { id: string; type?: unknown }): boolean {
  return isAreaShapeId(record.id) || record.type === AREA_SHAPE_TYPE
}
