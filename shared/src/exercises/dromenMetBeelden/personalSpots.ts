import * as v from 'valibot'
import type { Rect } from '../../control/areaLayout.ts'

/** The zone id, in the dromen-met-beelden template, that holds everyone's own spot. */
export const PERSONAL_SPOTS_AREA = 'persoonlijke-plekken'

const GAP = 24
/** Room for the zone's own title and instruction above the spots. */
const HEADER = 120
/** Narrow enough for ten in a row in the template's zone, wide enough for a picture and a note. */
const MIN_SPOT_WIDTH = 220

/**
 * Where person number `index` (0-based, in the order they got a spot) has theirs. The grid is
 * fixed by the zone, not by how many people there are, so a late joiner gets the next free
 * place and nobody's spot ever moves under their pictures. Two rows fit in the zone; further
 * rows continue below it.
 */
export function personalSpot(zone: Rect, index: number): Rect {
  const columns = Math.max(1, Math.floor((zone.w - GAP) / (MIN_SPOT_WIDTH + GAP)))
  const width = (zone.w - GAP * (columns + 1)) / columns
  const height = Math.max(200, (zone.h - HEADER - GAP * 3) / 2)
  const column = index % columns
  const row = Math.floor(index / columns)
  return {
    x: Math.round(zone.x + GAP + column * (width + GAP)),
    y: Math.round(zone.y + HEADER + GAP + row * (height + GAP)),
    w: Math.floor(width),
    h: Math.floor(height),
  }
}

export function personalSpots(zone: Rect, count: number): Rect[] {
  return Array.from({ length: count }, (_, index) => personalSpot(zone, index))
}

/** Dromen met beelden as everyone sees it, in session control (written only by the server). */
export const DreamGameSchema = v.object({
  /** The loaded template copy whose zone holds the spots. */
  instanceId: v.string(),
  /** Public ids in the order they got a spot: a spot's place follows from its index. */
  order: v.array(v.string()),
  /** Whose spot everyone is asked to look at, or nobody. */
  spotlightPublicId: v.nullable(v.string()),
})
export type DreamGameState = v.InferOutput<typeof DreamGameSchema>

export const DREAM_GAME_KEY = 'dromen'

/** The area key of a person's spot. */
export function spotKey(instanceId: string, publicId: string): string {
  return `${instanceId}:spot:${publicId}`
}
