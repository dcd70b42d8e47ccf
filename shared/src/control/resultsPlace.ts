import { boundsOf, type Rect, TEMPLATE_GAP } from './areaLayout.ts'
import type { AreaState } from './controlState.ts'

/** Narrowest and widest a results card gets, in page units (zones are 600–1200 wide). */
export const RESULTS_CARD_MIN_WIDTH = 720
export const RESULTS_CARD_MAX_WIDTH = 1200

/** Space between a template's zones and the card with its results, in page units. */
export const RESULTS_CARD_GAP = 60

/**
 * Where the results of one loaded template copy are shown on the board once it is no longer
 * on stage: under its zones, from their left edge. Later templates are placed to the right of
 * everything (see `placeTemplateAreas`), never below, so the space under a copy stays its own;
 * the card is kept narrower than the gap to the next copy would allow only when it has to be.
 * Null when the copy has no zones (nothing to stand beside).
 */
export function resultsCardPlace(
  instanceId: string,
  areas: readonly AreaState[],
): (Rect & { instanceId: string }) | null {
  const own = areas.filter((area) => area.instanceId === instanceId)
  const bounds = boundsOf(own)
  if (!bounds) return null
  // Copies to the right of this one that reach down to the card's row.
  const nextLeft = Math.min(
    ...areas
      .filter((area) => area.instanceId !== instanceId && area.x >= bounds.x + bounds.w)
      .map((area) => area.x),
  )
  const room = Number.isFinite(nextLeft) ? nextLeft - TEMPLATE_GAP / 2 - bounds.x : Infinity
  const wanted = Math.min(RESULTS_CARD_MAX_WIDTH, Math.max(RESULTS_CARD_MIN_WIDTH, bounds.w))
  return {
    instanceId,
    x: bounds.x,
    y: bounds.y + bounds.h + RESULTS_CARD_GAP,
    w: Math.max(Math.min(wanted, room), Math.min(bounds.w, RESULTS_CARD_MIN_WIDTH)),
    // The card grows with what it shows; this is only its least height, for framing.
    h: 0,
  }
}
