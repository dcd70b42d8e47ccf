/** Limits on what people type; the UI shows them and the server checks them again. */
export const TITLE_MAX_LENGTH = 120
export const DISPLAY_NAME_MAX_LENGTH = 40

export type TextProblem = 'empty' | 'too-long' | 'control-characters'
export type TextCheck = { ok: true; value: string } | { ok: false; problem: TextProblem }

// Control characters have no place in a title or name: they can hide text in logs and
// confuse screen readers. (Tabs and newlines are white space and were folded into spaces.)
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/u

function checkText(raw: unknown, maxLength: number): TextCheck {
  if (typeof raw !== 'string') return { ok: false, problem: 'empty' }
  // Collapse runs of white space so that "  Ann   Peeters " and "Ann Peeters" are one name.
  const value = raw.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (value.length === 0) return { ok: false, problem: 'empty' }
  if (CONTROL_CHARACTERS.test(value)) return { ok: false, problem: 'control-characters' }
  // Count code points, not UTF-16 units, so an emoji counts as one character.
  if ([...value].length > maxLength) return { ok: false, problem: 'too-long' }
  return { ok: true, value }
}

export function checkSessionTitle(raw: unknown): TextCheck {
  return checkText(raw, TITLE_MAX_LENGTH)
}

export function checkDisplayName(raw: unknown): TextCheck {
  return checkText(raw, DISPLAY_NAME_MAX_LENGTH)
}
