import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import type { AreaState, ControlState } from './controlState.ts'

interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/**
 * Where the work is now: the zone the current phase writes in, or, for a phase without one,
 * all zones of the active exercise. Null when nothing is active or its zones are gone.
 */
export function activityFocus(
  control: Pick<ControlState, 'activity' | 'areas'>,
  findTemplate: (id: string) => ExerciseTemplate | undefined,
): { key: string; areas: AreaState[] } | null {
  const activity = control.activity
  if (!activity) return null
  const ofInstance = control.areas.filter((area) => area.instanceId === activity.instanceId)
  const phase = findTemplate(activity.templateId)?.phases[activity.phaseIndex]
  const zone = phase?.areaId ? ofInstance.find((area) => area.areaId === phase.areaId) : undefined
  const areas = zone ? [zone] : ofInstance
  if (areas.length === 0) return null
  return { key: `${activity.instanceId}#${activity.phaseIndex}`, areas }
}

/** The smallest text in a zone (its instruction) in board units: see `.area-zone__instruction`. */
export const ZONE_TEXT_PX = 18
/** Text smaller than this on screen is hard to read on a laptop; the threshold. */
export const MIN_READABLE_TEXT_PX = 14

/**
 * A camera (tldraw's: the page point at the screen's top-left is `-x, -y`, `z` the zoom) that
 * shows `target` in a viewport of `viewport` screen pixels: the whole of it when it fits at a
 * zoom where its text is readable, else its top-left part (title and instruction first) at
 * that zoom. Never zooms in beyond 1: larger than life helps nobody.
 */
export function readableCamera(
  target: Rect,
  viewport: { w: number; h: number },
  inset = 32,
  /** Room kept free at the top, where tldraw's page menu and style button float over the board. */
  topInset = 56,
): { x: number; y: number; z: number } {
  const room = {
    w: Math.max(1, viewport.w - 2 * inset),
    h: Math.max(1, viewport.h - inset - topInset),
  }
  const fit = Math.min(room.w / target.w, room.h / target.h, 1)
  // Rounded up: 14 / 18 in floating point is a hair below it, and the text must not be.
  const readable = Math.ceil((MIN_READABLE_TEXT_PX / ZONE_TEXT_PX) * 1000) / 1000
  const z = Math.max(fit, readable)
  const shown = { w: viewport.w / z, h: viewport.h / z }
  // Centred when it fits (below the top inset); else its top-left corner at the insets.
  const left = target.w * z <= room.w ? target.x - (shown.w - target.w) / 2 : target.x - inset / z
  const top =
    target.h * z <= room.h
      ? target.y - topInset / z - (room.h / z - target.h) / 2
      : target.y - topInset / z
  return { x: -left, y: -top, z }
}
