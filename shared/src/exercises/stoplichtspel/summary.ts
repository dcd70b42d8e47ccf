import type { RoundResult } from './roundResult.ts'
import { spreadScore } from './spread.ts'
import type { Statement } from './statement.ts'

/** One statement in the end-of-game overview. */
export interface SummaryRow {
  statement: Statement
  /** Every revealed round, first round first: a second round never erases the first. */
  rounds: RoundResult[]
  /** The last round, which is where the team ended up; null if never voted on. */
  latest: RoundResult | null
  /** Spread of the latest round (0 to 1); 0 when never voted on. */
  spread: number
  notes: string[]
}

export type SummaryOrder = 'as-played' | 'most-disagreement'

// Maps come from documents other people wrote: a statement id such as "constructor" must not
// pick up something from Object.prototype.
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

function hasVotes(row: SummaryRow): boolean {
  return row.latest !== null && row.latest.tally.total > 0
}

/**
 * The overview of all statements. In `most-disagreement` order the statements the team saw
 * most differently come first, since those are the ones worth talking about; equal spreads
 * keep the order the statements were played in, and statements without votes come last.
 */
export function summarize(
  statements: readonly Statement[],
  resultsByStatement: Record<string, RoundResult[]>,
  notesByStatement?: Record<string, string[]>,
  order: SummaryOrder = 'as-played',
): SummaryRow[] {
  const rows = statements.map((statement): SummaryRow => {
    const rounds = [...(own(resultsByStatement, statement.id) ?? [])].sort(
      (a, b) => a.round - b.round,
    )
    const latest = rounds.at(-1) ?? null
    return {
      statement,
      rounds,
      latest,
      spread: latest === null ? 0 : spreadScore(latest.tally),
      notes: [...(own(notesByStatement, statement.id) ?? [])],
    }
  })
  if (order === 'as-played') return rows
  // Array.prototype.sort is stable, so equal keys keep the played order.
  return rows.sort((a, b) => {
    const voted = Number(hasVotes(b)) - Number(hasVotes(a))
    return voted !== 0 ? voted : b.spread - a.spread
  })
}

/**
 * The rows whose latest round reached at least `minSpread`, in the order given. Statements
 * without votes have no disagreement to show, so they are left out even at `minSpread` 0.
 */
export function filterDisagreement(rows: readonly SummaryRow[], minSpread: number): SummaryRow[] {
  return rows.filter((row) => hasVotes(row) && row.spread >= minSpread)
}
