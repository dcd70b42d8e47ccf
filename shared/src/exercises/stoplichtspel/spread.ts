import type { Tally } from './tally.ts'

/**
 * How far apart the team is on a statement, from 0 (everyone chose the same) to 1 (half groen,
 * half rood). Each vote is a point on a line: groen = +1, oranje = 0, rood = −1, and the score
 * is the population variance of those points:
 *
 *   mean     = (groen − rood) / n
 *   variance = (groen + rood) / n − mean²
 *
 * Variance rather than "how many colours were used" because it weighs how far apart the votes
 * are: groen against rood is a bigger difference to talk about than groen against oranje. On
 * values in [−1, 1] the variance can be at most 1, reached only by an even groen/rood split.
 */
export function spreadScore(tally: Tally): number {
  const n = tally.groen + tally.oranje + tally.rood
  // One vote, or none, cannot disagree with anything.
  if (n < 2) return 0
  const mean = (tally.groen - tally.rood) / n
  const variance = (tally.groen + tally.rood) / n - mean * mean
  // Floating-point rounding can land a hair outside [0, 1]; the scale promises it will not.
  return Math.min(1, Math.max(0, variance))
}

/**
 * Both ends of the scale are present: someone thinks it goes well and someone thinks it needs
 * work. Worth talking about even when most agree, since the one rood vote may see something.
 */
export function isPolarised(tally: Tally): boolean {
  return tally.groen > 0 && tally.rood > 0
}

/** How much the team differed, in words people use: a record never shows a bare score. */
export type SpreadLevel = 'none' | 'little' | 'some' | 'much'

/**
 * Bands of `spreadScore` (0 to 1), used by the summary panel and the record. One oranje among five
 * groen is 0.14 ("weinig"); one rood among nine groen is 0.36 ("wat"); a groen/rood split
 * near half is 0.5 and up ("veel").
 */
export function spreadLevel(score: number): SpreadLevel {
  if (score <= 0) return 'none'
  if (score < 0.2) return 'little'
  if (score < 0.5) return 'some'
  return 'much'
}

/** From "wat verschil" up: the statements worth a second look. */
export const DISAGREEMENT_THRESHOLD = 0.2
