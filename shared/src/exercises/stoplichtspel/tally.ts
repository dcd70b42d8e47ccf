import { isVoteColor, VOTE_COLORS, type VoteColor } from './voteColor.ts'

/** How many chose each colour; `total` counts only valid votes, so the shares add up to 1. */
export type Tally = Record<VoteColor, number> & { total: number }

export function emptyTally(): Tally {
  return { groen: 0, oranje: 0, rood: 0, total: 0 }
}

/**
 * Counts revealed votes. The server already checks what goes into a box, but a value that is
 * not a colour (an older client, a bug) must not break the count or the shares, so it is skipped.
 */
export function tallyVotes(values: readonly unknown[]): Tally {
  const tally = emptyTally()
  for (const value of values) {
    if (!isVoteColor(value)) continue
    tally[value] += 1
    tally.total += 1
  }
  return tally
}

/** The part of the votes (0 to 1) that chose `color`; 0 when nobody voted, never NaN. */
export function share(tally: Tally, color: VoteColor): number {
  return tally.total === 0 ? 0 : tally[color] / tally.total
}

/** The colours in display order with count and share, for bars and screen-reader text alike. */
export function tallyRows(tally: Tally): { color: VoteColor; count: number; share: number }[] {
  return VOTE_COLORS.map((color) => ({ color, count: tally[color], share: share(tally, color) }))
}
