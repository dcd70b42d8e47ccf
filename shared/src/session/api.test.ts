import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ApiErrorSchema, CreatedSessionSchema, CreateSessionRequestSchema } from './api.ts'
import { textProblemOf } from './validation.ts'

function titleProblem(body: unknown) {
  const result = v.safeParse(CreateSessionRequestSchema, body)
  return result.success ? result.output : textProblemOf(result.issues)
}

describe('CreateSessionRequestSchema', () => {
  it('gives the tidied title and drops anything else', () => {
    expect(titleProblem({ title: '  Intervisie   2 okt ', extra: true })).toEqual({
      title: 'Intervisie 2 okt',
    })
  })

  it.each([
    ['no title', {}],
    ['a title that is not text', { title: 42 }],
    ['null', null],
    ['a list', ['Intervisie']],
    ['a string', 'Intervisie'],
  ])('calls a body with %s an empty title', (_, body) => {
    expect(titleProblem(body)).toBe('empty')
  })

  it('tells a long title from one with control characters', () => {
    expect(titleProblem({ title: 'x'.repeat(121) })).toBe('too-long')
    expect(titleProblem({ title: 'Sessie\u0000' })).toBe('control-characters')
  })
})

describe('response schemas', () => {
  it('reads a created session and an error body, and refuses something else', () => {
    const created = { id: 'a', title: 'T', createdAt: 1, facilitatorKey: 'k' }
    expect(v.is(CreatedSessionSchema, created)).toBe(true)
    expect(v.is(CreatedSessionSchema, { ...created, facilitatorKey: undefined })).toBe(false)
    expect(v.is(ApiErrorSchema, { error: { code: 'title-empty', message: 'Geef…' } })).toBe(true)
    expect(v.is(ApiErrorSchema, { error: 'title-empty' })).toBe(false)
  })
})
