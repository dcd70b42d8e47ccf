import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { nl } from './nl.ts'
import { formatMessage } from './useT.ts'

describe('messages with a number', () => {
  it('agree with their count in Dutch and in English', () => {
    const usage = (language: 'nl' | 'en', used: number, count: number) =>
      formatMessage((language === 'nl' ? nl : en)['people.capUsage'], { used, count }, language)
    expect(usage('nl', 1, 1)).toBe('1 van 1 plaats bezet')
    expect(usage('nl', 0, 2)).toBe('0 van 2 plaatsen bezet')
    expect(usage('en', 1, 1)).toBe('1 of 1 place taken')
    expect(usage('en', 2, 20)).toBe('2 of 20 places taken')
  })

  it('take the other form for zero, and when no count is given', () => {
    const forms = { one: '{count} stelling', other: '{count} stellingen' }
    expect(formatMessage(forms, { count: 0 }, 'nl')).toBe('0 stellingen')
    expect(formatMessage(forms, {}, 'nl')).toBe('{count} stellingen')
  })
})
