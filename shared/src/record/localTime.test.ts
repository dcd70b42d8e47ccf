import { describe, expect, it } from 'vitest'
import { localDateTime } from './localTime.ts'

describe('localDateTime', () => {
  it('writes a moment as the clock in Brussels shows it, summer and winter', () => {
    expect(localDateTime(Date.UTC(2026, 11, 2, 8, 30))).toEqual({
      date: '2026-12-02',
      time: '09:30',
    })
    expect(localDateTime(Date.UTC(2026, 6, 2, 8, 30))).toEqual({
      date: '2026-07-02',
      time: '10:30',
    })
  })

  it('dates a session just after midnight in Brussels on its own day, not the day before', () => {
    expect(localDateTime(Date.UTC(2026, 11, 1, 23, 30))).toEqual({
      date: '2026-12-02',
      time: '00:30',
    })
  })

  it('takes another time zone when told', () => {
    expect(localDateTime(Date.UTC(2026, 11, 2, 8, 30), 'UTC').time).toBe('08:30')
  })
})
