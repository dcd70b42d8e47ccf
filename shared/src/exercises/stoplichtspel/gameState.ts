import * as v from 'valibot'
import type { LocalizedText } from '../templateSchema.ts'
import { StatementSchema } from './statement.ts'
import { VOTE_COLORS } from './voteColor.ts'

/** Most statements one game holds; a session has room for a dozen or two. */
export const MAX_STATEMENTS = 60
/** Most notes kept per statement, and the longest note. */
export const MAX_NOTES_PER_STATEMENT = 20
export const NOTE_MAX_LENGTH = 280

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** The round being voted on or just revealed. */
const CurrentRoundSchema = v.object({
  statementId: v.string(),
  round: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The sealed box that holds the votes until the reveal. */
  boxId: v.string(),
  status: v.picklist(['open', 'revealed']),
})
export type CurrentRound = v.InferOutput<typeof CurrentRoundSchema>

/** What one revealed vote round leaves behind: kept for the discussion and the summary. */
export const RoundResultSchema = v.object({
  /** 1 for the first vote on a statement, 2 for a second round, and so on. */
  round: v.pipe(v.number(), v.integer(), v.minValue(1)),
  tally: v.object({ groen: count, oranje: count, rood: count, total: count }),
  anonymous: v.boolean(),
  /** Who chose what, sorted by name; null for an anonymous round. */
  voters: v.nullable(v.array(v.object({ name: v.string(), color: v.picklist(VOTE_COLORS) }))),
  /** Server time of the reveal. */
  revealedAt: v.number(),
})

/**
 * The game as everyone sees it, in session control (written only by the server). Votes are
 * never here before the reveal: they sit in the server's sealed box, and only the count shows.
 */
export const StoplichtGameSchema = v.object({
  statements: v.array(StatementSchema),
  /** Applies to every round opened from now on. */
  anonymous: v.boolean(),
  /** Once an anonymous round has been opened (votes may be cast), anonymity cannot be switched off. */
  anonymityLocked: v.boolean(),
  current: v.nullable(CurrentRoundSchema),
  /** Revealed rounds per statement id, oldest first (a second round keeps the first). */
  results: v.record(v.string(), v.array(RoundResultSchema)),
  /** What the group takes forward, per statement id. */
  notes: v.record(v.string(), v.array(v.string())),
  showSummary: v.boolean(),
})
export type StoplichtGameState = v.InferOutput<typeof StoplichtGameSchema>

/** The key of the game in the control document's `games` map. */
export const STOPLICHT_GAME_KEY = 'stoplicht'

export function emptyStoplichtGame(
  statements: StoplichtGameState['statements'],
): StoplichtGameState {
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
