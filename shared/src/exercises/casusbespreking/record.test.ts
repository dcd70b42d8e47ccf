import { describe, expect, it } from 'vitest'
import {
  controlWith,
  middleOf,
  note,
  person,
  placed,
  recordInput,
  redactedNote,
  rich,
} from '../../record/testBoard.ts'
import { getTemplate } from '../registry.ts'
import type { ExerciseTemplate } from '../templateSchema.ts'
import { analysisColumns } from './analysisColumns.ts'
import type { CaseState } from './caseState.ts'
import { casusRecord } from './record.ts'

const long = getTemplate('casusbespreking') as ExerciseTemplate
const short = getTemplate('casusbespreking-kort') as ExerciseTemplate
const people = [
  person('els', 'Els', 'facilitator'),
  person('ines', 'Ines'),
  person('anna', 'Anna'),
  person('bram', 'Bram'),
]
const ownCase: CaseState = { bringerPublicId: 'ines', exampleCaseId: null }

describe('the case discussion section', () => {
  it('opens with the method, the case-bringer and the question from the case zone', () => {
    const areas = placed(short)
    const casus = middleOf(areas, 'casus')
    const section = casusRecord(
      recordInput(short, {
        control: controlWith({ areas, people }),
        slice: ownCase,
        board: [note(casus.x, casus.y, 'Hoe maak ik de wachtruimte gezelliger?')],
      }),
    )
    expect(section).toMatchObject({
      exerciseId: 'casusbespreking',
      instanceId: 'inst-1',
      title: 'Korte casusbespreking',
    })
    expect(section.blocks.slice(0, 4)).toEqual([
      { kind: 'paragraph', text: 'Methode: Korte casusbespreking' },
      { kind: 'paragraph', text: 'Inbrenger: Ines' },
      { kind: 'heading', text: 'De casus' },
      {
        kind: 'paragraph',
        text: 'Vraag van de inbrenger: Hoe maak ik de wachtruimte gezelliger?',
      },
    ])
  })

  it('gives each phase with the notes in its zone, the takeaway in its own phase', () => {
    const areas = placed(short)
    const vragen = middleOf(areas, 'vragen')
    const mee = middleOf(areas, 'wat-neem-ik-mee')
    const section = casusRecord(
      recordInput(short, {
        control: controlWith({ areas, people }),
        slice: ownCase,
        board: [
          note(vragen.x, vragen.y + 200, 'Sinds wanneer is het zo stil?'),
          note(vragen.x, vragen.y - 200, 'Wie komt er op dinsdag?'),
          note(mee.x, mee.y, 'Ik probeer de koffiehoek opnieuw.'),
        ],
      }),
    )
    expect(section.blocks.slice(4)).toEqual([
      { kind: 'heading', text: '1. De casus en de vraag' },
      { kind: 'paragraph', text: 'Geen briefjes.' },
      { kind: 'heading', text: '2. Doorvragen' },
      {
        kind: 'list',
        items: [{ text: 'Wie komt er op dinsdag?' }, { text: 'Sinds wanneer is het zo stil?' }],
      },
      { kind: 'heading', text: '3. Adviezen' },
      { kind: 'paragraph', text: 'Geen briefjes.' },
      { kind: 'heading', text: '4. Wat neem ik mee?' },
      { kind: 'list', items: [{ text: 'Ik probeer de koffiehoek opnieuw.' }] },
    ])
  })

  it('tells the practice case in the reader’s language', () => {
    const section = casusRecord(
      recordInput(short, {
        language: 'en',
        slice: { bringerPublicId: null, exampleCaseId: 'vader-aan-de-kant' },
      }),
    )
    expect(section.blocks.slice(0, 6)).toEqual([
      { kind: 'paragraph', text: 'Method: Short case discussion' },
      { kind: 'paragraph', text: 'Case-bringer: not chosen' },
      { kind: 'heading', text: 'The case' },
      { kind: 'paragraph', text: 'Practice case: A father on the side' },
      { kind: 'paragraph', text: expect.stringContaining('A father comes alone') },
      {
        kind: 'paragraph',
        text: 'The case-bringer’s question: What can I do or say so that this father also feels welcome among the other parents?',
      },
    ])
  })

  it('lists the case zone’s other notes under the case when no phase writes in it', () => {
    const areas = placed(long)
    const casus = middleOf(areas, 'casus')
    const { blocks } = casusRecord(
      recordInput(long, {
        control: controlWith({ areas, people }),
        slice: ownCase,
        board: [
          note(casus.x, casus.y - 100, 'Ouders spreken elkaar niet aan.'),
          note(casus.x, casus.y + 100, 'Hoe maak ik de wachtruimte gezelliger?'),
        ],
      }),
    )
    expect(blocks.slice(2, 5)).toEqual([
      { kind: 'heading', text: 'De casus' },
      {
        kind: 'paragraph',
        text: 'Vraag van de inbrenger: Hoe maak ik de wachtruimte gezelliger?',
      },
      { kind: 'list', items: [{ text: 'Ouders spreken elkaar niet aan.' }] },
    ])
  })

  it('groups the analysis by person, with notes outside every column last', () => {
    const areas = placed(long)
    const analyse = middleOf(areas, 'analyse').area
    const [anna] = analysisColumns(analyse, [
      { publicId: 'anna', name: 'Anna' },
      { publicId: 'bram', name: 'Bram' },
    ])
    const board = [
      note((anna?.x ?? 0) + 100, (anna?.y ?? 0) + 150, 'Ik zie ouders die moe zijn.'),
      note(analyse.x + analyse.w / 2, analyse.y + 30, 'Boven de kolommen'),
    ]
    const { blocks } = casusRecord(
      recordInput(long, { control: controlWith({ areas, people }), slice: ownCase, board }),
    )
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === '3. Analyse')
    expect(blocks[at + 1]).toEqual({
      kind: 'list',
      items: [
        { text: 'Anna', items: [{ text: 'Ik zie ouders die moe zijn.' }] },
        { text: 'Buiten de kolommen', items: [{ text: 'Boven de kolommen' }] },
      ],
    })
  })

  it('keeps a redacted note redacted: the placeholder, a count, never the old text', () => {
    const areas = placed(short)
    const adviezen = middleOf(areas, 'adviezen')
    const blanked = {
      ...redactedNote(adviezen.x, adviezen.y),
      props: { richText: rich('Bel mevrouw Peeters') },
    }
    const { blocks } = casusRecord(
      recordInput(short, { control: controlWith({ areas, people }), board: [blanked] }),
    )
    expect(blocks).toContainEqual({
      kind: 'list',
      items: [{ text: 'Afgeschermd door de begeleider' }],
    })
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'De begeleider schermde 1 briefje af; de tekst ervan staat niet in dit verslag.',
    })
    expect(JSON.stringify(blocks)).not.toContain('Peeters')
  })

  it('says the method is no longer on the board when its zones are gone', () => {
    const { blocks } = casusRecord(recordInput(short, { control: controlWith({ people }) }))
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Deze oefening staat niet meer op het bord.',
    })
  })
})
