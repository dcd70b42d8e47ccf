import * as v from 'valibot'

/** Limits on what people type; the UI shows them and the server checks them again. */
export const TITLE_MAX_LENGTH = 120
export const DISPLAY_NAME_MAX_LENGTH = 40

/** Why typed text was refused; the page and the API map each to a sentence of their own. */
export const TEXT_PROBLEMS = ['empty', 'too-long', 'control-characters'] as const
export type TextProblem = (typeof TEXT_PROBLEMS)[number]
export type TextCheck = { ok: true; value: string } | { ok: false; problem: TextProblem }

// Control characters have no place in a title or name: they can hide text in logs and
// confuse screen readers. (Tabs and newlines are white space and were folded into spaces.)
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u

/**
 * One line that a person typed (a title, a name), tidied and checked. Each issue's message is
 * the TextProblem, so `textProblemOf` can tell the caller which one.
 */
export function typedTextSchema(maxLength: number) {
  return v.config(
    v.pipe(
      // Anything but text (a missing field, a number) is treated as nothing typed at all.
      v.string('empty' satisfies TextProblem),
      // Collapse runs of white space so that "  Ann   Peeters " and "Ann Peeters" are one name.
      v.normalize('NFC'),
      v.transform((raw) => raw.replace(/\s+/g, ' ')),
      v.trim(),
      v.nonEmpty('empty' satisfies TextProblem),
      v.check((text) => !CONTROL_CHARACTERS.test(text), 'control-characters' satisfies TextProblem),
      // Count code points, not UTF-16 units, so an emoji counts as one character.
      v.check((text) => [...text].length <= maxLength, 'too-long' satisfies TextProblem),
    ),
    // One problem is enough to tell someone what to fix.
    { abortPipeEarly: true },
  )
}

export const SessionTitleSchema = typedTextSchema(TITLE_MAX_LENGTH)
export const DisplayNameSchema = typedTextSchema(DISPLAY_NAME_MAX_LENGTH)

/** The problem a failed typed-text schema reported (its first issue's message). */
export function textProblemOf(issues: readonly v.BaseIssue<unknown>[]): TextProblem {
  const message = issues[0]?.message
  return TEXT_PROBLEMS.find((problem) => problem === message) ?? 'empty'
}

function checkWith(schema: ReturnType<typeof typedTextSchema>, raw: unknown): TextCheck {
  const result = v.safeParse(schema, raw)
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: textProblemOf(result.issues) }
}

export function checkSessionTitle(raw: unknown): TextCheck {
  return checkWith(SessionTitleSchema, raw)
}

export function checkDisplayName(raw: unknown): TextCheck {
  return checkWith(DisplayNameSchema, raw)
}
