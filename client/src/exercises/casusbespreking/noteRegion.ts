import type { AreaState, ControlState, Rect } from '@reflectiebord/shared'
import { activeCasus, caseOf, columnsFor } from './casusModel.ts'

/**
 * Where a note I add from the list view goes in a case discussion: in the analysis step, in
 * my own column of its zone (so it is read as my view, as on the canvas); elsewhere, anywhere
 * in the zone (null).
 */
export function casusNoteRegion(
  zone: AreaState,
  { control, myPublicId }: { control: ControlState; myPublicId: string },
): Rect | null {
  const active = activeCasus(control)
  if (active?.phase.nudge !== 'own-column' || active.zone?.key !== zone.key) return null
  const mine = columnsFor(zone, control.people, caseOf(control).bringerPublicId).find(
    (column) => column.publicId === myPublicId,
  )
  return mine ? { x: mine.x, y: mine.y, w: mine.w, h: mine.h } : null
}
