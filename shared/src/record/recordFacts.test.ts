import { describe, expect, it } from 'vitest'
import { recordFacts, recordFileName, recordHeading } from './recordFacts.ts'
import type { SessionRecord } from './sessionRecord.ts'

const record: SessionRecord = {
  language: 'nl',
  title: 'Intervisie reünie',
  date: '2026-05-12',
  people: { kind: 'names', names: ['Ann', 'Els'] },
  sections: [],
  keptUntil: null,
}

describe('the head of a record', () => {
  it('names the record, its day and who took part, in Dutch and English', () => {
    expect(recordHeading(record)).toBe('Verslag: Intervisie reünie')
    expect(recordFacts(record)).toEqual([
      { label: 'Datum', value: '2026-05-12' },
      { label: 'Deelnemers', value: 'Ann, Els' },
    ])
    const english = { ...record, language: 'en' as const, keptUntil: '2026-08-10' }
    expect(recordHeading(english)).toBe('Record: Intervisie reünie')
    expect(recordFacts(english).at(-1)).toEqual({ label: 'Kept until', value: '2026-08-10' })
  })

  it('gives only a count after an anonymous round', () => {
    expect(recordFacts({ ...record, people: { kind: 'count', count: 1 } })[1]?.value).toBe(
      '1 persoon',
    )
    expect(recordFacts({ ...record, people: { kind: 'count', count: 4 } })[1]?.value).toBe(
      '4 personen',
    )
  })

  it('names the file for the session and its day', () => {
    expect(recordFileName(record, 'pdf')).toBe('Verslag Intervisie reünie 2026-05-12.pdf')
    expect(recordFileName({ ...record, language: 'en' }, 'md')).toBe(
      'Record Intervisie reünie 2026-05-12.md',
    )
  })
})
