import { describe, expect, it } from 'vitest'
import {
  formatDay,
  formatDuration,
  recordFacts,
  recordFileName,
  recordHeading,
} from './recordFacts.ts'
import type { SessionRecord } from './sessionRecord.ts'

const record: SessionRecord = {
  language: 'nl',
  title: 'Intervisie Gent',
  date: '2026-12-02',
  period: { from: '2026-12-02T09:30', to: '2026-12-02T11:45' },
  durationMinutes: 130,
  people: { kind: 'names', names: ['Anna', 'Bram'] },
  sections: [],
  keptUntil: '2027-03-02',
  retentionDays: 90,
}

describe('what a record says about the session', () => {
  it('says when, how long, who and until when, in Flemish Dutch', () => {
    expect(recordFacts(record)).toEqual([
      { label: 'Datum', value: 'woensdag 2 december 2026, van 9.30 tot 11.45 uur' },
      { label: 'Duur', value: '2 u 10 min samen in de sessie' },
      { label: 'Deelnemers', value: 'Anna, Bram' },
      {
        label: 'Bewaard tot',
        value:
          '2 maart 2027 (90 dagen na de laatste activiteit; daarna verwijdert de server de sessie)',
      },
    ])
  })

  it('says the same in English', () => {
    expect(recordFacts({ ...record, language: 'en' }).map((fact) => fact.value)).toEqual([
      'Wednesday 2 December 2026, 09:30–11:45',
      '2 h 10 min together in the session',
      'Anna, Bram',
      '2 March 2027 (90 days after the last activity; then the server deletes the session)',
    ])
  })

  it('writes a stretch over several days from day to day, and a short period as it is', () => {
    const facts = recordFacts({
      ...record,
      period: { from: '2026-12-02T09:30', to: '2026-12-09T10:00' },
      retentionDays: 1,
      keptUntil: '2026-12-10',
    })
    expect(facts[0]?.value).toBe(
      'van woensdag 2 december 2026, 9.30 uur tot woensdag 9 december 2026, 10.00 uur',
    )
    expect(facts[3]?.value).toContain('(1 dag na de laatste activiteit')
    expect(recordFacts({ ...record, retentionDays: 0.5 })[3]?.value).toContain('(0,5 dagen na')
  })

  it('says only the day when nobody met yet, and counts people when a round was anonymous', () => {
    const facts = recordFacts({
      ...record,
      period: null,
      durationMinutes: null,
      people: { kind: 'count', count: 4 },
      keptUntil: null,
      retentionDays: null,
    })
    expect(facts).toEqual([
      { label: 'Datum', value: 'woensdag 2 december 2026' },
      { label: 'Duur', value: '— (er waren nog nooit twee mensen tegelijk in de sessie)' },
      { label: 'Deelnemers', value: '4 personen' },
    ])
  })
})

describe('the heading and the file name', () => {
  const reunion: SessionRecord = { ...record, title: 'Intervisie reünie', date: '2026-05-12' }

  it('names the record in Dutch and English', () => {
    expect(recordHeading(reunion)).toBe('Verslag: Intervisie reünie')
    expect(recordHeading({ ...reunion, language: 'en' })).toBe('Record: Intervisie reünie')
  })

  it('gives only a count after an anonymous round, one person as one', () => {
    const people = (count: number) =>
      recordFacts({ ...reunion, people: { kind: 'count', count } }).find(
        (fact) => fact.label === 'Deelnemers',
      )?.value
    expect(people(1)).toBe('1 persoon')
    expect(people(4)).toBe('4 personen')
  })

  it('names the file for the session and its day', () => {
    expect(recordFileName(reunion, 'pdf')).toBe('Verslag Intervisie reünie 2026-05-12.pdf')
    expect(recordFileName({ ...reunion, language: 'en' }, 'md')).toBe(
      'Record Intervisie reünie 2026-05-12.md',
    )
  })
})

describe('formatting', () => {
  it('writes durations as people say them', () => {
    expect(formatDuration(45, 'nl')).toBe('45 min')
    expect(formatDuration(0, 'nl')).toBe('0 min')
    expect(formatDuration(180, 'nl')).toBe('3 u')
    expect(formatDuration(135, 'en')).toBe('2 h 15 min')
  })

  it('writes a day with or without its weekday', () => {
    expect(formatDay('2027-03-02', 'nl')).toBe('dinsdag 2 maart 2027')
    expect(formatDay('2027-03-02', 'en', false)).toBe('2 March 2027')
  })
})
