import { describe, expect, it } from 'vitest'
import { exercises, getTemplate } from '../exercises/registry.ts'
import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import { recordMarkdown } from './recordMarkdown.ts'
import { sessionRecord } from './sessionRecord.ts'
import { controlWith, middleOf, note, person, placed, redactedNote } from './testBoard.ts'

const mapping = getTemplate('in-kaart-brengen') as ExerciseTemplate
const reflecting = getTemplate('reflecteren') as ExerciseTemplate
const mappingZones = placed(mapping, 'kaart-1', { x: 0, y: 0 })
const reflectingZones = placed(reflecting, 'refl-1', { x: 0, y: 5000 })
const session = { title: 'Intervisie Gent', createdAt: Date.UTC(2026, 11, 2, 9, 30) }

function record(
  parts: Parameters<typeof controlWith>[0] = {},
  board = [note(-9000, -9000, 'Los')],
) {
  return sessionRecord({
    language: 'nl',
    session,
    control: controlWith({
      areas: [...mappingZones, ...reflectingZones],
      people: [person('b', 'Bram'), person('a', 'Anna'), person('e', 'Els', 'facilitator')],
      ...parts,
    }),
    board,
    exercises,
    retention: { keptUntil: Date.UTC(2027, 2, 2, 10), days: 90 },
  })
}

describe('the session record', () => {
  it('has the title, the day, who took part, and one section per exercise in the order loaded', () => {
    const result = record()
    expect(result.title).toBe('Intervisie Gent')
    expect(result.date).toBe('2026-12-02')
    expect(result.keptUntil).toBe('2027-03-02')
    expect(result.retentionDays).toBe(90)
    // Nobody met yet: the day it was made, and no duration.
    expect(result.period).toBeNull()
    expect(result.durationMinutes).toBeNull()
    expect(result.people).toEqual({ kind: 'names', names: ['Anna', 'Bram', 'Els'] })
    expect(result.sections.map((section) => section.exerciseId)).toEqual([
      'in-kaart-brengen',
      'reflecteren',
      'board',
    ])
  })

  it('names nobody when a round was anonymous, only how many took part', () => {
    const anonymousBox = {
      id: 'vote:s1:1',
      status: 'revealed' as const,
      kind: 'vote',
      anonymous: true,
      count: 2,
      revealed: [],
    }
    expect(record({ sealed: [anonymousBox] }).people).toEqual({ kind: 'count', count: 3 })
  })

  it('gathers notes outside every zone under "Overige notities", redacted ones redacted', () => {
    const inZone = middleOf(mappingZones, 'wat', 'kaart-1')
    const result = record({}, [
      note(-9000, -9000, 'Koffie meebrengen'),
      note(inZone.x, inZone.y, 'In de zone'),
      redactedNote(-9000, -8000),
    ])
    const other = result.sections.at(-1)
    expect(other?.title).toBe('Overige notities')
    expect(other?.blocks).toEqual([
      {
        kind: 'list',
        items: [{ text: 'Koffie meebrengen' }, { text: 'Afgeschermd door de begeleider' }],
      },
    ])
    expect(JSON.stringify(result)).not.toContain('Hidden by the facilitator')
  })
})

describe('the session’s date and duration', () => {
  const base = {
    language: 'nl' as const,
    control: controlWith({}),
    board: [],
    exercises,
  }

  it('dates the session on the day people met, not the day it was made, with the hours', () => {
    const result = sessionRecord({
      ...base,
      // Made on Monday evening, held on Wednesday morning (Brussels, UTC+1 in winter).
      session: { title: 'T', createdAt: Date.UTC(2026, 10, 30, 19) },
      meeting: {
        metAt: Date.UTC(2026, 11, 2, 8, 30),
        endedAt: Date.UTC(2026, 11, 2, 10, 45),
        togetherMs: 2 * 3_600_000 + 10 * 60_000 + 20_000,
      },
    })
    expect(result.date).toBe('2026-12-02')
    expect(result.period).toEqual({ from: '2026-12-02T09:30', to: '2026-12-02T11:45' })
    expect(result.durationMinutes).toBe(130)
  })

  it('dates by the clock in Brussels: a session made at 00:30 is not of the day before', () => {
    const result = sessionRecord({
      ...base,
      session: { title: 'T', createdAt: Date.UTC(2026, 11, 1, 23, 30) },
    })
    expect(result.date).toBe('2026-12-02')
  })
})

describe('the record as Markdown', () => {
  it('writes headings, the people, lists and escapes what people wrote', () => {
    const inZone = middleOf(mappingZones, 'wat', 'kaart-1')
    const markdown = recordMarkdown(
      record({}, [
        note(inZone.x, inZone.y, '# geen kop *en* geen [link](x)'),
        note(-9000, -9000, '1. los'),
      ]),
    )
    expect(markdown).toContain('# Verslag: Intervisie Gent')
    expect(markdown).toContain('- Datum: woensdag 2 december 2026\n')
    expect(markdown).toContain('- Duur: — (er waren nog nooit twee mensen tegelijk in de sessie)')
    expect(markdown).toContain('- Deelnemers: Anna, Bram, Els')
    expect(markdown).toContain(
      '- Bewaard tot: 2 maart 2027 (90 dagen na de laatste activiteit; daarna verwijdert de server de sessie)',
    )
    expect(markdown).toContain(`## ${mapping.title.nl}`)
    expect(markdown).toContain('- \\# geen kop \\*en\\* geen \\[link\\](x)')
    expect(markdown).toContain('## Overige notities')
    expect(markdown).toContain('- 1\\. los')
  })

  it('writes a table with a header row, pipes in cells escaped', () => {
    const markdown = recordMarkdown({
      language: 'en',
      title: 'T',
      date: '2026-12-02',
      period: { from: '2026-12-02T09:30', to: '2026-12-09T10:05' },
      durationMinutes: 185,
      people: { kind: 'count', count: 1 },
      keptUntil: null,
      retentionDays: null,
      sections: [
        {
          exerciseId: 'x',
          instanceId: null,
          title: 'Votes',
          blocks: [
            {
              kind: 'table',
              caption: 'Round',
              columns: ['Round', '● Green'],
              rows: [['1', 'a|b']],
            },
            { kind: 'picture', src: '/pictures/park bank.svg', title: 'Picture 1', alt: 'A bench' },
          ],
        },
      ],
    })
    expect(markdown).toContain('- Participants: 1 person')
    expect(markdown).toContain(
      '- Date: from Wednesday 2 December 2026, 09:30 to Wednesday 9 December 2026, 10:05',
    )
    expect(markdown).toContain('- Duration: 3 h 5 min together in the session')
    expect(markdown).not.toContain('Kept until')
    expect(markdown).toContain('| Round | ● Green |\n| --- | --- |\n| 1 | a\\|b |')
    expect(markdown).toContain('![A bench](/pictures/park%20bank.svg "Picture 1")')
  })
})
