import type * as v from 'valibot'
import type { SealedEntry } from '../../control/controlState.ts'
import type { RoundResultSchema } from './gameState.ts'
import { tallyVotes } from './tally.ts'
import { isVoteColor, VOTE_COLORS, type VoteColor } from './voteColor.ts'

export interface NamedVote {
  name: string
  color: VoteColor
}

/** What one revealed vote round leaves behind: kept for the discussion and the summary. */
export type RoundResult = v.InferOutput<typeof RoundResultSchema>

export interface RevealContext {
  round: number
  /** Whether the box was anonymous; the box decides this when it opens, not the reveal. */
  anonymous: boolean
  revealedAt: number
}

// Dutch collation, so "Émile" sorts with the e's and "de Smet" with the d's, as people expect.
const byName = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true })

/**
 * Turns the entries of a revealed sealed box into a round result.
 *
 * Anonymous rounds keep only the counts. A count cannot point to anyone, while a list in
 * submission order could (the one who voted last, the one who joined late), so no list of
 * any kind survives; and names or ids that reach us by mistake are dropped, not passed on.
 *
 * Values that are not vote colours are not counted, in the tally or among the voters.
 */
export function roundResultFromReveal(
  entries: readonly SealedEntry[],
  { round, anonymous, revealedAt }: RevealContext,
): RoundResult {
  const tally = tallyVotes(entries.map((entry) => entry.value))
  if (anonymous) return { round, tally, anonymous: true, voters: null, revealedAt }

  const voters: NamedVote[] = []
  for (const entry of entries) {
    // A vote without a name still counts in the tally; there is just no one to show it beside.
    if (!isVoteColor(entry.value) || typeof entry.name !== 'string' || entry.name === '') continue
    voters.push({ name: entry.name, color: entry.value })
  }
  // Same name twice (two people called An): order by colour so the list does not reveal
  // who submitted first.
  voters.sort(
    (a, b) =>
      byName.compare(a.name, b.name) || VOTE_COLORS.indexOf(a.color) - VOTE_COLORS.indexOf(b.color),
  )
  return { round, tally, anonymous: false, voters, revealedAt }
}
