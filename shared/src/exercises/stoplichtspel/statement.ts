import * as v from 'valibot'
import type { TextCheck } from '../../session/validation.ts'

/** Long enough for a nuanced statement, short enough to read aloud and take in at a glance. */
export const STATEMENT_MAX_LENGTH = 280

/**
 * Statement ids end up inside sealed box ids (`vote:<id>:<round>`, at most 64 characters):
 * so no colon, which separates the parts, and short enough to leave room for the rest.
 */
export const STATEMENT_ID_MAX_LENGTH = 48
const STATEMENT_ID = /^[A-Za-z0-9_-]{1,48}$/

export function isStatementId(v: unknown): v is string {
  return typeof v === 'string' && STATEMENT_ID.test(v)
}

// Control characters have no place on a shared board: they can hide text and confuse screen
// readers. (Tabs and newlines are white space and were folded into spaces before this test.)
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u

/** Checks a statement a facilitator typed; the server checks it again with the same rules. */
export function checkStatementText(raw: unknown): TextCheck {
  if (typeof raw !== 'string') return { ok: false, problem: 'empty' }
  // One line, one space between words: a statement is read at a glance, not laid out.
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (value.length === 0) return { ok: false, problem: 'empty' }
  if (CONTROL_CHARACTERS.test(value)) return { ok: false, problem: 'control-characters' }
  // Count code points, not UTF-16 units, so an emoji counts as one character.
  if ([...value].length > STATEMENT_MAX_LENGTH) return { ok: false, problem: 'too-long' }
  return { ok: true, value }
}

/** Statement ids as a schema, for commands and stored games. */
export const StatementIdSchema = v.pipe(v.string(), v.regex(STATEMENT_ID, 'must be a statement id'))

/** Statement text as a schema: checked and normalised as `checkStatementText` does. */
export const StatementTextSchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const text = checkStatementText(dataset.value)
    if (text.ok) return text.value
    addIssue({ message: `is ${text.problem} (1 to ${STATEMENT_MAX_LENGTH} characters)` })
    return NEVER
  }),
)

/**
 * One statement the team votes on, in both languages so the board can follow each person's
 * interface language. A statement a facilitator types may have Dutch only: it then reads the
 * same in both.
 */
export const StatementSchema = v.pipe(
  v.object({
    id: StatementIdSchema,
    text: v.object({
      nl: StatementTextSchema,
      en: v.optional(v.union([v.literal(''), StatementTextSchema])),
    }),
  }),
  v.transform(({ id, text }) => ({ id, text: { nl: text.nl, en: text.en || text.nl } })),
)
export type Statement = v.InferOutput<typeof StatementSchema>

/** A facilitator's own statement: written in one language, shown as-is in both. */
export function ownStatement(id: string, checkedText: string): Statement {
  return { id, text: { nl: checkedText, en: checkedText } }
}
