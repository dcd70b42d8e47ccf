import {
  filterDisagreement,
  isPolarised,
  type RoundResult,
  type StoplichtGameState,
  type SummaryOrder,
  statementText,
  summarize,
  type Tally,
} from '@reflectiebord/shared'

/** How much the team differed, in words people use: never a bare number. */
export type SpreadLevel = 'none' | 'little' | 'some' | 'much'

/**
 * Bands of `spreadScore` (0 to 1). One oranje among five groen is 0.14 ("weinig"); one rood
 * among nine groen is 0.36 ("wat"); a groen/rood split near half is 0.5 and up ("veel").
 */
export function spreadLevel(score: number): SpreadLevel {
  if (score <= 0) return 'none'
  if (score < 0.2) return 'little'
  if (score < 0.5) return 'some'
  return 'much'
}

/** "Alleen stellingen met verschil" keeps "wat" and "veel" verschil. */
export const DISAGREEMENT_THRESHOLD = 0.2

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
