import { describe, expect, it } from 'vitest'
import {
  checkStatementText,
  isStatementId,
  ownStatement,
  STATEMENT_ID_MAX_LENGTH,
  STATEMENT_MAX_LENGTH,
} from './statement.ts'

describe('checking the text of a statement', () => {
  it('accepts a plain statement as it is', () => {
    expect(checkStatementText('We evalueren na elk ontmoetingsmoment.')).toEqual({
      ok: true,
      value: 'We evalueren na elk ontmoetingsmoment.',
    })
  })

  it('trims the ends and folds runs of white space, newlines included, into one space', () => {
    expect(checkStatementText('  Gezinnen   vinden\n\tons\r\n gemakkelijk  ')).toEqual({
      ok: true,
      value: 'Gezinnen vinden ons gemakkelijk',
    })
  })

  it('calls empty what is only white space or not text at all', () => {
    for (const raw of ['', '   ', '\n\t', null, undefined, 42, {}, ['tekst']]) {
      expect(checkStatementText(raw)).toEqual({ ok: false, problem: 'empty' })
    }
  })

  it('refuses control characters', () => {
    expect(checkStatementText('Stelling\u0000')).toEqual({
      ok: false,
      problem: 'control-characters',
    })
    expect(checkStatementText('Een\u0007bel')).toEqual({ ok: false, problem: 'control-characters' })
  })

  it('allows exactly the limit and refuses one character more', () => {
    expect(checkStatementText('a'.repeat(STATEMENT_MAX_LENGTH)).ok).toBe(true)
    expect(checkStatementText('a'.repeat(STATEMENT_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'too-long',
    })
  })

  it('counts an emoji as one character, not two', () => {
    expect(checkStatementText('🙂'.repeat(STATEMENT_MAX_LENGTH)).ok).toBe(true)
  })

  it('measures the length after folding white space', () => {
    const padded = `   ${'a'.repeat(STATEMENT_MAX_LENGTH)}   `
    expect(checkStatementText(padded).ok).toBe(true)
  })
})

describe('statement ids', () => {
  it('are short letters, digits, dashes and underscores', () => {
    expect(isStatementId('visie-waarom')).toBe(true)
    expect(isStatementId('eigen_3')).toBe(true)
    expect(isStatementId('a'.repeat(STATEMENT_ID_MAX_LENGTH))).toBe(true)
  })

  it('refuse colons, spaces, empty strings, over-long strings and non-strings', () => {
    for (const id of [
      'a:b',
      'twee woorden',
      '',
      'a'.repeat(STATEMENT_ID_MAX_LENGTH + 1),
      7,
      null,
    ]) {
      expect(isStatementId(id)).toBe(false)
    }
  })
})

describe('a facilitator’s own statement', () => {
  it('has the same text in both languages', () => {
    expect(ownStatement('eigen-1', 'We lachen veel samen')).toEqual({
      id: 'eigen-1',
      text: { nl: 'We lachen veel samen', en: 'We lachen veel samen' },
    })
  })
})
