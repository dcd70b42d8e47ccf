import {
  analysisColumns,
  type ControlState,
  getTemplate,
  type PersonState,
  placeTemplateAreas,
  readControlState,
} from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { casusResult } from './casusResult.ts'

const person = (publicId: string, name: string, role: PersonState['role'] = 'participant') => ({
  publicId,
  name,
  role,
  coFacilitator: false,
  online: true,
  lastSeen: 0,
})

function controlWith(templateId: string, overrides: Partial<ControlState> = {}): ControlState {
  const template = getTemplate(templateId)
  if (!template) throw new Error(`no template ${templateId}`)
  const base = readControlState(new Y.Doc())
  return {
    ...base,
    areas: placeTemplateAreas(template, 'inst-1', { x: 1000, y: 500 }, []),
    activity: { templateId, instanceId: 'inst-1', phaseIndex: 0 },
    people: [
      person('els', 'Els', 'facilitator'),
      person('ines', 'Ines'),
      person('anna', 'Anna'),
      person('bram', 'Bram'),
    ],
    case: { bringerPublicId: 'ines', exampleCaseId: null },
    ...overrides,
  }
}

let counter = 0
/** A note whose middle lands on (x, y), as tldraw stores it (200 × 200 at scale 1). */
function note(x: number, y: number, text: string, meta: Record<string, unknown> = {}) {
  counter += 1
  return {
    id: `shape:n${counter}`,
    typeName: 'shape',
    type: 'note',
    x: x - 100,
    y: y - 100,
    parentId: 'page:page',
    props: {
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
      scale: 1,
      growY: 0,
    },
    meta,
  }
}

function zone(control: ControlState, areaId: string) {
  const area = control.areas.find((a) => a.areaId === areaId)
  if (!area) throw new Error(`no zone ${areaId}`)
  return { x: area.x + area.w / 2, y: area.y + area.h / 2, area }
}

describe('casusResult', () => {
  it('reads the short method: own case, questions, advice and the takeaway', () => {
    const control = controlWith('casusbespreking-kort')
    const casus = zone(control, 'casus')
    const vragen = zone(control, 'vragen')
    const adviezen = zone(control, 'adviezen')
    const mee = zone(control, 'wat-neem-ik-mee')
    const records = [
      note(casus.x, casus.y - 100, 'Ouders spreken elkaar niet aan.'),
      note(casus.x, casus.y + 100, 'Hoe maak ik de wachtruimte gezelliger?'),
      note(vragen.x, vragen.y + 200, 'Sinds wanneer is het zo stil?'),
      note(vragen.x, vragen.y - 200, 'Wie komt er op dinsdag?'),
      note(adviezen.x, adviezen.y, 'Zet speelgoed in het midden.'),
      note(mee.x, mee.y, 'Ik probeer de koffiehoek opnieuw.'),
      // Beside every zone: not part of the result.
      note(-5000, -5000, 'Los briefje'),
      { id: 'page:page', typeName: 'page' },
    ]

    const result = casusResult(records, control)

    expect(result).toMatchObject({
      templateId: 'casusbespreking-kort',
      instanceId: 'inst-1',
      bringer: { publicId: 'ines', name: 'Ines' },
      exampleCase: null,
      caseQuestion: 'Hoe maak ik de wachtruimte gezelliger?',
      caseNotes: ['Ouders spreken elkaar niet aan.', 'Hoe maak ik de wachtruimte gezelliger?'],
      // Top to bottom, as the board reads.
      questions: ['Wie komt er op dinsdag?', 'Sinds wanneer is het zo stil?'],
      advice: ['Zet speelgoed in het midden.'],
      takeaway: ['Ik probeer de koffiehoek opnieuw.'],
      analyses: [],
      processReflection: [],
      redactedCount: 0,
    })
    expect(result?.method.nl).toBe('Korte casusbespreking')
  })

  it('takes the case question from the practice case when one is chosen', () => {
    const control = controlWith('casusbespreking-kort', {
      case: { bringerPublicId: null, exampleCaseId: 'vader-aan-de-kant' },
    })
    const result = casusResult([], control)
    expect(result?.bringer).toBeNull()
    expect(result?.exampleCase?.title).toBe('Een vader aan de kant')
    expect(result?.caseQuestion).toBe(
      'Wat kan ik doen of zeggen zodat deze vader zich ook welkom voelt bij de andere ouders?',
    )
    expect(casusResult([], control, { language: 'en' })?.exampleCase?.title).toBe(
      'A father on the side',
    )
  })

  it('gives the analyses per person: by the column a note was written in, else by position', () => {
    const control = controlWith('casusbespreking', {
      activity: { templateId: 'casusbespreking', instanceId: 'inst-1', phaseIndex: 2 },
    })
    const analyse = zone(control, 'analyse').area
    // Anna and Bram have columns; Els (facilitator) and Ines (case-bringer) do not.
    const columns = analysisColumns(analyse, [
      { publicId: 'anna', name: 'Anna' },
      { publicId: 'bram', name: 'Bram' },
    ])
    const middle = (i: number) => ({
      x: (columns[i]?.x ?? 0) + (columns[i]?.w ?? 0) / 2,
      y: (columns[i]?.y ?? 0) + 150,
    })
    const records = [
      note(middle(0).x, middle(0).y, 'Ik zie ouders die moe zijn.'),
      // Written in Bram's column, later dragged a little into Anna's: still Bram's.
      note(middle(0).x, middle(0).y + 250, 'Ik zou me onzeker voelen.', { casusColumn: 'bram' }),
      note(middle(1).x, middle(1).y, 'De deur trekt alle aandacht.'),
      note(zone(control, 'procesreflectie').x, zone(control, 'procesreflectie').y, 'Goed tempo'),
    ]

    const result = casusResult(records, control)

    expect(result?.analyses).toEqual([
      { publicId: 'anna', name: 'Anna', notes: ['Ik zie ouders die moe zijn.'] },
      {
        publicId: 'bram',
        name: 'Bram',
        // In reading order: the dragged note now sits lower than Bram's other one.
        notes: ['De deur trekt alle aandacht.', 'Ik zou me onzeker voelen.'],
      },
    ])
    expect(result?.processReflection).toEqual(['Goed tempo'])
  })

  it('counts redacted notes, whose text is already gone', () => {
    const control = controlWith('casusbespreking-kort')
    const vragen = zone(control, 'vragen')
    const result = casusResult(
      [note(vragen.x, vragen.y, 'Afgeschermd door de begeleider', { redacted: true })],
      control,
    )
    expect(result?.redactedCount).toBe(1)
  })

  it('is null without a case discussion on the board', () => {
    const control = { ...readControlState(new Y.Doc()) }
    expect(casusResult([], control)).toBeNull()
    const stoplicht = getTemplate('stoplichtspel')
    if (!stoplicht) throw new Error('no stoplichtspel')
    expect(
      casusResult([], {
        ...control,
        areas: placeTemplateAreas(stoplicht, 's-1', { x: 0, y: 0 }, []),
        activity: { templateId: 'stoplichtspel', instanceId: 's-1', phaseIndex: 0 },
      }),
    ).toBeNull()
  })
})
