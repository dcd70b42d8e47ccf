import type { LocalizedText } from '../templateSchema.ts'
import type { RoundResult } from './roundResult.ts'
import type { Statement } from './statement.ts'

/** Most statements one game holds; a session has room for a dozen or two. */
export const MAX_STATEMENTS = 60
/** Most notes kept per statement, and the longest note. */
export const MAX_NOTES_PER_STATEMENT = 20
export const NOTE_MAX_LENGTH = 280

/** The round being voted on or just revealed. */
export interface CurrentRound {
  statementId: string
  round: number
  /** The sealed box that holds the votes until the reveal. */
  boxId: string
  status: 'open' | 'revealed'
}

/**
 * The game as everyone sees it, in session control (written only by the server). Votes are
 * never here before the reveal: they sit in the server's sealed box, and only the count shows.
 */
export interface StoplichtGameState {
  statements: Statement[]
  /** Applies to every round opened from now on. */
  anonymous: boolean
  /** Once an anonymous round has been opened (votes may be cast), anonymity cannot be switched off. */
  anonymityLocked: boolean
  current: CurrentRound | null
  /** Revealed rounds per statement id, oldest first (a second round keeps the first). */
  results: Record<string, RoundResult[]>
  /** What the group takes forward, per statement id. */
  notes: Record<string, string[]>
  showSummary: boolean
}

/** The key of the game in the control document's `games` map. */
export const STOPLICHT_GAME_KEY = 'stoplicht'

export function emptyStoplichtGame(statements: Statement[]): StoplichtGameState {
  return {
    statements,
    anonymous: false,
    anonymityLocked: false,
    current: null,
    results: {},
    notes: {},
    showSummary: false,
  }
}

/** Statement text in the reader's language, falling back to Dutch. */
export function statementText(text: LocalizedText, language: 'nl' | 'en'): string {
  return text[language] || text.nl
}
