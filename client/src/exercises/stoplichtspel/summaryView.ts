import {
  DISAGREEMENT_THRESHOLD,
  filterDisagreement,
  isPolarised,
  type RoundResult,
  type SpreadLevel,
  type StoplichtGameState,
  type SummaryOrder,
  spreadLevel,
  statementText,
  summarize,
  type Tally,
} from '@reflectiebord/shared'

export interface SummaryRoundView {
  round: number
  tally: Tally
  anonymous: boolean
  /** Who chose what; null for an anonymous round. */
  voters: RoundResult['voters']
}

export interface SummaryRowView {
  statementId: string
  /** 1-based place in the game as set up, so "stelling 3" means the same in every order. */
  number: number
  text: string
  rounds: SummaryRoundView[]
  /** Of the latest round; 0 and 'none' when never voted on. */
  spread: number
  spreadLevel: SpreadLevel
  /** Someone chose groen and someone rood in the latest round. */
  polarised: boolean
  voted: boolean
  notes: string[]
}

export interface SummaryOptions {
  language: 'nl' | 'en'
  order: SummaryOrder
  onlyDisagreement: boolean
}

/**
 * The end-of-game overview as plain data: what the summary panel shows, and what a session
 * record export can take as is. Pure, so both read the same thing.
 */
export function stoplichtSummary(
  game: StoplichtGameState,
  { language, order, onlyDisagreement }: SummaryOptions,
): SummaryRowView[] {
  const numbers = new Map(game.statements.map((statement, i) => [statement.id, i + 1]))
  const ordered = summarize(game.statements, game.results, game.notes, order)
  const rows = onlyDisagreement ? filterDisagreement(ordered, DISAGREEMENT_THRESHOLD) : ordered
  return rows.map((row) => ({
    statementId: row.statement.id,
    number: numbers.get(row.statement.id) ?? 0,
    text: statementText(row.statement.text, language),
    rounds: row.rounds.map(({ round, tally, anonymous, voters }) => ({
      round,
      tally,
      anonymous,
      voters,
    })),
    spread: row.spread,
    spreadLevel: spreadLevel(row.spread),
    polarised: row.latest !== null && isPolarised(row.latest.tally),
    voted: row.latest !== null && row.latest.tally.total > 0,
    notes: row.notes,
  }))
}
