import { describe, expect, it } from 'vitest'
import type { ControlState } from '../../control/controlState.ts'
import {
  controlWith,
  middleOf,
  note,
  person,
  placed,
  recordInput,
  redactedNote,
} from '../../record/testBoard.ts'
import { getTemplate } from '../registry.ts'
import type { ExerciseTemplate } from '../templateSchema.ts'
import { analysisColumns } from './analysisColumns.ts'
import type { CaseState } from './caseState.ts'
import { readCasusBoard } from './casusBoard.ts'

const long = getTemplate('casusbespreking') as ExerciseTemplate
const short = getTemplate('casusbespreking-kort') as ExerciseTemplate

const people = [
  person('els', 'Els', 'facilitator'),
  person('ines', 'Ines'),
  person('anna', 'Anna'),
  person('bram', 'Bram'),
]
const ownCase: CaseState = { bringerPublicId: 'ines', exampleCaseId: null }

function setup(template: ExerciseTemplate) {
  const areas = placed(template)
  const control: ControlState = controlWith({ areas, people })
  return { areas, control }
}

const texts = (notes: readonly { text: string }[]) => notes.map((n) => n.text)

describe('reading a case discussion from the board', () => {
  it('reads the short method: own case, questions, advice and the takeaway', () => {
    const { areas, control } = setup(short)
    const casus = middleOf(areas, 'casus')
    const vragen = middleOf(areas, 'vragen')
    const adviezen = middleOf(areas, 'adviezen')
    const mee = middleOf(areas, 'wat-neem-ik-mee')
    const board = [
      note(casus.x, casus.y - 100, 'Ouders spreken elkaar niet aan.'),
      note(casus.x, casus.y + 100, 'Hoe maak ik de wachtruimte gezelliger?'),
      note(vragen.x, vragen.y + 200, 'Sinds wanneer is het zo stil?'),
      note(vragen.x, vragen.y - 200, 'Wie komt er op dinsdag?'),
      note(adviezen.x, adviezen.y, 'Zet speelgoed in het midden.'),
      note(mee.x, mee.y, 'Ik probeer de koffiehoek opnieuw.'),
      note(-5000, -5000, 'Los briefje'),
    ]

    const result = readCasusBoard(
      recordInput(short, { control, board, slice: ownCase }),
      'Afgeschermd',
    )

    expect(result.bringer?.name).toBe('Ines')
    expect(result.exampleCase).toBeNull()
    expect(texts(result.ownQuestions)).toEqual(['Hoe maak ik de wachtruimte gezelliger?'])
    expect(texts(result.caseNotes)).toEqual([
      'Ouders spreken elkaar niet aan.',
      'Hoe maak ik de wachtruimte gezelliger?',
    ])
    // The short method's first phase writes in the case zone: nothing to show apart.
    expect(result.caseZone).toBeNull()
    expect(result.phases.map((p) => [p.phase.id, texts(p.notes)])).toEqual([
      ['inbrengen', ['Ouders spreken elkaar niet aan.', 'Hoe maak ik de wachtruimte gezelliger?']],
      ['vragen', ['Wie komt er op dinsdag?', 'Sinds wanneer is het zo stil?']],
      ['adviezen', ['Zet speelgoed in het midden.']],
      ['wat-neem-ik-mee', ['Ik probeer de koffiehoek opnieuw.']],
    ])
    expect(texts(result.takeaway)).toEqual(['Ik probeer de koffiehoek opnieuw.'])
    expect(result.otherZones).toEqual([])
  })

  it('keeps the case zone apart in the six-step method, where no phase writes in it', () => {
    const { control } = setup(long)
    const result = readCasusBoard(recordInput(long, { control }), 'x')
    expect(result.caseZone?.areaId).toBe('casus')
  })

  it('takes the practice case instead of question notes when one is chosen', () => {
    const { areas, control } = setup(short)
    const casus = middleOf(areas, 'casus')
    const result = readCasusBoard(
      recordInput(short, {
        control,
        slice: { bringerPublicId: null, exampleCaseId: 'vader-aan-de-kant' },
        board: [note(casus.x, casus.y, 'Waarom staat hij bij de deur?')],
      }),
      'x',
    )
    expect(result.bringer).toBeNull()
    expect(result.exampleCase?.title.nl).toBe('Een vader aan de kant')
    expect(result.ownQuestions).toEqual([])
  })

  it('gives the analyses per person: by the column a note was written in, else by position', () => {
    const { areas, control } = setup(long)
    const analyse = middleOf(areas, 'analyse').area
    // Anna and Bram have columns; Els (facilitator) and Ines (case-bringer) do not.
    const columns = analysisColumns(analyse, [
      { publicId: 'anna', name: 'Anna' },
      { publicId: 'bram', name: 'Bram' },
    ])
    const middle = (i: number) => ({
      x: (columns[i]?.x ?? 0) + (columns[i]?.w ?? 0) / 2,
      y: (columns[i]?.y ?? 0) + 150,
    })
    const board = [
      note(middle(0).x, middle(0).y, 'Ik zie ouders die moe zijn.'),
      // Written in Bram's column, later dragged a little into Anna's: still Bram's.
      note(middle(0).x, middle(0).y + 250, 'Ik zou me onzeker voelen.', {
        meta: { casusColumn: 'bram' },
      }),
      note(middle(1).x, middle(1).y, 'De deur trekt alle aandacht.'),
      // In the zone's header, above every column.
      note(analyse.x + analyse.w / 2, analyse.y + 30, 'Boven de kolommen'),
    ]

    const result = readCasusBoard(recordInput(long, { control, board, slice: ownCase }), 'x')
    const analysis = result.phases.find((p) => p.phase.id === 'analyse')?.analyses

    expect(analysis?.map((a) => [a.name, texts(a.notes)])).toEqual([
      ['Anna', ['Ik zie ouders die moe zijn.']],
      ['Bram', ['De deur trekt alle aandacht.', 'Ik zou me onzeker voelen.']],
      [null, ['Boven de kolommen']],
    ])
    expect(result.phases.find((p) => p.phase.id === 'adviezen')?.analyses).toBeNull()
  })

  it('counts the redacted notes in its own zones and never asks a question with one', () => {
    const { areas, control } = setup(short)
    const casus = middleOf(areas, 'casus')
    const blanked = {
      ...redactedNote(casus.x, casus.y),
      props: note(0, 0, 'Wie is Peeters?').props,
    }
    const result = readCasusBoard(
      recordInput(short, { control, board: [blanked, redactedNote(-5000, 0)] }),
      'Afgeschermd',
    )
    expect(result.redactedCount).toBe(1)
    expect(result.ownQuestions).toEqual([])
    expect(texts(result.caseNotes)).toEqual(['Afgeschermd'])
  })
})
