import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  checkDisplayName,
  checkSessionTitle,
  DISPLAY_NAME_MAX_LENGTH,
  DisplayNameSchema,
  SessionTitleSchema,
  TITLE_MAX_LENGTH,
  textProblemOf,
} from './validation.ts'

describe('checkSessionTitle', () => {
  it('accepts a title and tidies its white space', () => {
    expect(checkSessionTitle('  Intervisie   ontmoeting, 2 okt ')).toEqual({
      ok: true,
      value: 'Intervisie ontmoeting, 2 okt',
    })
  })

  it.each([[''], ['   '], ['\n\t'], [undefined], [42]])('calls %j empty', (raw) => {
    expect(checkSessionTitle(raw)).toEqual({ ok: false, problem: 'empty' })
  })

  it('refuses a title over the limit and accepts one at the limit', () => {
    expect(checkSessionTitle('a'.repeat(TITLE_MAX_LENGTH)).ok).toBe(true)
    expect(checkSessionTitle('a'.repeat(TITLE_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'too-long',
    })
  })

  it('refuses control characters', () => {
    expect(checkSessionTitle('Sessie\u0000')).toEqual({ ok: false, problem: 'control-characters' })
  })
})

describe('checkDisplayName', () => {
  it('accepts names with accents and emoji, counting characters not code units', () => {
    expect(checkDisplayName('Zoë 🌱')).toEqual({ ok: true, value: 'Zoë 🌱' })
    expect(checkDisplayName('🌱'.repeat(DISPLAY_NAME_MAX_LENGTH)).ok).toBe(true)
  })

  it('refuses an empty, whitespace-only or overlong name', () => {
    expect(checkDisplayName('')).toEqual({ ok: false, problem: 'empty' })
    expect(checkDisplayName('   ')).toEqual({ ok: false, problem: 'empty' })
    expect(checkDisplayName('x'.repeat(DISPLAY_NAME_MAX_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'too-long',
    })
  })
})

describe('typedTextSchema', () => {
  it('reports one problem, the first in order empty, control characters, too long', () => {
    const result = v.safeParse(SessionTitleSchema, `\u0007${'x'.repeat(TITLE_MAX_LENGTH + 1)}`)
    expect(result.success).toBe(false)
    expect(result.issues?.map((issue) => issue.message)).toEqual(['control-characters'])
    expect(textProblemOf(result.issues ?? [])).toBe('control-characters')
  })

  it('gives the tidied text as its output', () => {
    expect(v.parse(DisplayNameSchema, ' Zoë\u0065\u0301  Peeters ')).toBe('Zoë\u00e9 Peeters')
  })

  it('treats an issue it does not know as empty', () => {
    const issues = v.safeParse(v.number('something else'), 'x').issues ?? []
    expect(textProblemOf(issues)).toBe('empty')
  })
})
