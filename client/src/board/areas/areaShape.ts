import type { TLShape, TLShapeId } from 'tldraw'

/**
 * Template zones: labelled areas a facilitator's template places on the board. Their truth is
 * session control state (which only the server writes); on the board they are local, locked
 * shapes that every client derives from it. They are never written to, or read from, the
 * shared board document, so no participant can move, rename or remove a zone for others.
 */
export const AREA_SHAPE_TYPE = 'rb-area'

/** Every zone's id starts so (see `areaShapeId`). */
export const AREA_ID_PREFIX = 'shape:area-'

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

/**
 * A zone on the local board. Only `projectAreas` makes them, with their id and type, so the
 * type says it; what may arrive from the board document is the binding's business.
 */
export function isAreaShape(shape: { type?: unknown }): shape is AreaShape {
  return shape.type === AREA_SHAPE_TYPE
}
