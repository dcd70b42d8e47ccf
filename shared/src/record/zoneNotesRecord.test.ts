import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardRecord.ts'
import { getTemplate } from '../exercises/registry.ts'
import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import {
  controlWith,
  middleOf,
  note,
  placed,
  recordInput,
  redactedNote,
  rich,
} from './testBoard.ts'
import { zoneNotesRecord } from './zoneNotesRecord.ts'

const template = getTemplate('in-kaart-brengen') as ExerciseTemplate
const areas = placed(template)

describe('the section of a movement', () => {
  it('lists every zone in template order with the notes and texts in it, in reading order', () => {
    const wat = middleOf(areas, 'wat')
    const waar = middleOf(areas, 'waar')
    const text: BoardRecord = {
      id: 'shape:t1',
      typeName: 'shape',
      type: 'text',
      parentId: 'page:page',
      x: waar.x - 50,
      y: waar.y - 10,
      props: { richText: rich('Op de markt'), w: 100, size: 's', scale: 1 },
    }
    const section = zoneNotesRecord(
      recordInput(template, {
        board: [
          note(wat.x, wat.y + 250, 'Praatcafé'),
          note(wat.x, wat.y - 250, 'Spel- en ontmoetingsplek'),
          text,
          note(-4000, -4000, 'Naast elke zone'),
        ],
      }),
    )

    expect(section).toMatchObject({
      exerciseId: 'in-kaart-brengen',
      instanceId: 'inst-1',
      title: 'In kaart brengen',
    })
    const headings = section.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
    expect(headings).toEqual(template.areas.map((area) => area.title.nl))
    expect(section.blocks[1]).toEqual({
      kind: 'list',
      items: [{ text: 'Spel- en ontmoetingsplek' }, { text: 'Praatcafé' }],
    })
    expect(section.blocks[3]).toEqual({ kind: 'list', items: [{ text: 'Op de markt' }] })
    expect(JSON.stringify(section)).not.toContain('Naast elke zone')
  })

  it('says so when a zone holds nothing, in the reader’s language', () => {
    const section = zoneNotesRecord(recordInput(template, { language: 'en' }))
    expect(section.title).toBe('Mapping what exists')
    expect(section.blocks[0]).toEqual({ kind: 'heading', text: 'What (offer)' })
    expect(section.blocks[1]).toEqual({ kind: 'paragraph', text: 'No notes.' })
  })

  it('shows a redacted note as the placeholder, never its old text', () => {
    const wat = middleOf(areas, 'wat')
    const blanked = { ...redactedNote(wat.x, wat.y), props: { richText: rich('Familie Peeters') } }
    const section = zoneNotesRecord(recordInput(template, { board: [blanked] }))
    expect(section.blocks[1]).toEqual({
      kind: 'list',
      items: [{ text: 'Afgeschermd door de begeleider' }],
    })
    expect(JSON.stringify(section)).not.toContain('Peeters')
  })

  it('reads only the zones of its own copy when the template is on the board twice', () => {
    const second = placed(template, 'inst-2', { x: 1000, y: 3000 })
    const control = controlWith({ areas: [...areas, ...second] })
    const other = middleOf(second, 'wat', 'inst-2')
    const board = [note(other.x, other.y, 'Van de tweede kopie')]
    const first = zoneNotesRecord(recordInput(template, { control, board }))
    const copy = zoneNotesRecord(recordInput(template, { control, board, instanceId: 'inst-2' }))
    expect(JSON.stringify(first)).not.toContain('Van de tweede kopie')
    expect(copy.instanceId).toBe('inst-2')
    expect(copy.blocks[1]).toEqual({ kind: 'list', items: [{ text: 'Van de tweede kopie' }] })
  })

  it('says the exercise is no longer on the board when its zones are gone', () => {
    const section = zoneNotesRecord(recordInput(template, { control: controlWith() }))
    expect(section.blocks).toEqual([
      { kind: 'paragraph', text: 'Deze oefening staat niet meer op het bord.' },
    ])
  })
})
