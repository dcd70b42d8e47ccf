import { describe, expect, it } from 'vitest'
import {
  checkRetentionDays,
  DAY_MS,
  isExpired,
  keptUntil,
  retentionChoices,
  retentionDaysOf,
} from './retention.ts'

describe('a facilitator’s retention choice', () => {
  it('takes nothing, or null, as the server’s own period', () => {
    expect(checkRetentionDays(undefined, 90)).toEqual({ ok: true, days: null })
    expect(checkRetentionDays(null, 90)).toEqual({ ok: true, days: null })
  })

  it('takes any period up to the server’s, fractions included', () => {
    expect(checkRetentionDays(1, 90)).toEqual({ ok: true, days: 1 })
    expect(checkRetentionDays(90, 90)).toEqual({ ok: true, days: 90 })
    expect(checkRetentionDays(0.5, 90)).toEqual({ ok: true, days: 0.5 })
  })

  it('refuses a period longer than the server’s, never shortening it quietly', () => {
    expect(checkRetentionDays(91, 90)).toEqual({ ok: false, problem: 'too-long' })
    expect(checkRetentionDays(30, 7)).toEqual({ ok: false, problem: 'too-long' })
  })

  it.each([
    ['text', '30'],
    ['zero', 0],
    ['a negative number', -1],
    ['not a number', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['an object', { days: 7 }],
    ['a list', [7]],
    ['true', true],
    ['more than a hundred years', 36_501],
  ])('calls %s invalid', (_, raw) => {
    expect(checkRetentionDays(raw, 40_000)).toEqual({ ok: false, problem: 'invalid' })
  })
})

describe('the period that applies', () => {
  it('is the server’s when the session follows it, else the shorter of the two', () => {
    expect(retentionDaysOf(null, 90)).toBe(90)
    expect(retentionDaysOf(7, 90)).toBe(7)
    // The operator shortened RETENTION_DAYS after the facilitator chose 30.
    expect(retentionDaysOf(30, 14)).toBe(14)
  })
})

describe('expiry', () => {
  const lastActivity = Date.UTC(2026, 11, 2, 11, 45)

  it('keeps a session for the period after its last activity, to the millisecond', () => {
    expect(keptUntil(lastActivity, 90)).toBe(lastActivity + 90 * DAY_MS)
    expect(keptUntil(lastActivity, 0.5)).toBe(lastActivity + 12 * 3_600_000)
    expect(isExpired(lastActivity, 7, lastActivity + 7 * DAY_MS - 1)).toBe(false)
    expect(isExpired(lastActivity, 7, lastActivity + 7 * DAY_MS)).toBe(true)
  })

  it('rounds a fractional period to whole milliseconds', () => {
    expect(Number.isInteger(keptUntil(lastActivity, 0.0001))).toBe(true)
  })
})

describe('the choices on the create form', () => {
  it('offers the standard periods shorter than the server’s, then the server’s own', () => {
    expect(retentionChoices(90)).toEqual([1, 7, 30, 90])
    expect(retentionChoices(30)).toEqual([1, 7, 30])
    expect(retentionChoices(14)).toEqual([1, 7, 14])
    expect(retentionChoices(1)).toEqual([1])
    expect(retentionChoices(0.5)).toEqual([0.5])
  })
})
