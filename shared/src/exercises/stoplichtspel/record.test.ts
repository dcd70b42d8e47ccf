import { describe, expect, it } from 'vitest'
import type { RecordBlock } from '../../record/recordSection.ts'
import { recordInput } from '../../record/testBoard.ts'
import { getTemplate } from '../registry.ts'
import type { ExerciseTemplate } from '../templateSchema.ts'
import { emptyStoplichtGame, type StoplichtGameState } from './gameState.ts'
import { stoplichtRecord } from './record.ts'
import type { RoundResult } from './roundResult.ts'
import { spreadLevel } from './spread.ts'
import type { Statement } from './statement.ts'

const template = getTemplate('stoplichtspel') as ExerciseTemplate

const statement = (id: string, nl: string, en = nl): Statement => ({ id, text: { nl, en } })

const round = (
  n: number,
  [groen, oranje, rood]: [number, number, number],
  voters: RoundResult['voters'] = null,
): RoundResult => ({
  round: n,
  tally: { groen, oranje, rood, total: groen + oranje + rood },
  anonymous: voters === null,
  voters,
  revealedAt: n,
})

function game(): StoplichtGameState {
  return {
    ...emptyStoplichtGame([
      statement('a', 'Ouders voelen zich welkom', 'Parents feel welcome'),
      statement('b', 'We bereiken vaders'),
      statement('c', 'Onze folders zijn duidelijk'),
    ]),
    results: {
      a: [
        round(1, [2, 0, 2]),
        round(
          2,
          [3, 1, 0],
          [
            { name: 'An', color: 'groen' },
            { name: 'Bert', color: 'oranje' },
            { name: 'Chris', color: 'groen' },
            { name: 'Dina', color: 'groen' },
          ],
        ),
      ],
      b: [round(1, [1, 1, 2])],
    },
    notes: { a: ['Koffiehoek opnieuw proberen'] },
  }
}

const record = (slice: StoplichtGameState | null, language: 'nl' | 'en' = 'nl') =>
  stoplichtRecord(recordInput(template, { slice, language }))

const texts = (blocks: RecordBlock[]) => JSON.stringify(blocks)

describe('the stoplichtspel section', () => {
  it('names the exercise and its template copy', () => {
    expect(record(game())).toMatchObject({
      exerciseId: 'stoplichtspel',
      instanceId: 'inst-1',
      title: 'Stoplichtspel',
    })
  })

  it('shows each statement in the order played, with a table of its votes per round', () => {
    const { blocks } = record(game())
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
    expect(headings.slice(1)).toEqual([
      'Stelling 1: Ouders voelen zich welkom',
      'Stelling 2: We bereiken vaders',
      'Stelling 3: Onze folders zijn duidelijk',
    ])
    const table = blocks.find((b) => b.kind === 'table')
    expect(table).toEqual({
      kind: 'table',
      caption: 'Stemmen bij stelling 1, per ronde',
      columns: ['Ronde', '● Groen', '▲ Oranje', '■ Rood', 'Totaal'],
      rows: [
        ['1 (anoniem)', '2', '0', '2', '4'],
        ['2', '3', '1', '0', '4'],
      ],
    })
  })

  it('pairs every colour with its shape and word, never the colour alone', () => {
    const table = record(game(), 'en').blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.columns).toEqual([
      'Round',
      '● Green',
      '▲ Orange',
      '■ Red',
      'Total',
    ])
  })

  it('keeps a named round to its counts: who chose what stays out of the record', () => {
    expect(texts(record(game()).blocks)).not.toMatch(/\b(An|Bert|Chris|Dina)\b/)
  })

  it('says in words how far apart the team ended up, and when groen and rood both came up', () => {
    const { blocks } = record(game())
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      // The second round settled the split of the first: 3 groen, 1 oranje.
      text: 'Verschil in de laatste ronde: weinig verschil.',
    })
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Verschil in de laatste ronde: veel verschil (groen én rood).',
    })
  })

  it('puts the statements the team differed most on first in an overview', () => {
    const { blocks } = record(game())
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'heading', text: 'Waar jullie het meest verschilden' },
      { kind: 'list', items: [{ text: 'Stelling 2: We bereiken vaders (veel verschil)' }] },
    ])
  })

  it('lists what the group takes forward under its statement', () => {
    const { blocks } = record(game())
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === 'Wat we meenemen:')
    expect(blocks[at + 1]).toEqual({
      kind: 'list',
      items: [{ text: 'Koffiehoek opnieuw proberen' }],
    })
    expect(blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Stelling 2'))).toBe(
      at + 2,
    )
  })

  it('marks a statement that was never voted on, and a round without votes', () => {
    const slice = { ...game(), results: { ...game().results, c: [round(1, [0, 0, 0])] } }
    expect(record(game()).blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Nog niet over gestemd.',
    })
    expect(record(slice).blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'In de laatste ronde werd niet gestemd.',
    })
  })

  it('writes the statements in the reader’s language', () => {
    const { blocks } = record(game(), 'en')
    expect(blocks).toContainEqual({ kind: 'heading', text: 'Statement 1: Parents feel welcome' })
  })

  it('says that nothing was voted on when the game never started', () => {
    expect(record(null).blocks).toEqual([
      { kind: 'paragraph', text: 'Er werd niet over stellingen gestemd.' },
    ])
    expect(record(emptyStoplichtGame([]), 'en').blocks).toEqual([
      { kind: 'paragraph', text: 'No statements were voted on.' },
    ])
  })

  it('leaves the overview out when nobody has voted yet', () => {
    const { blocks } = record(emptyStoplichtGame([statement('a', 'Iets')]))
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Stelling 1: Iets' },
      { kind: 'paragraph', text: 'Nog niet over gestemd.' },
    ])
  })
})

describe('the spread in words', () => {
  it('never shows a bare score: bands from everyone the same to much difference', () => {
    expect([0, 0.14, 0.36, 0.5, 1].map(spreadLevel)).toEqual([
      'none',
      'little',
      'some',
      'much',
      'much',
    ])
  })
})
