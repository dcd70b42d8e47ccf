import {
  type AreaState,
  type ControlState,
  casusbespreking,
  defaultSettings,
  getTemplate,
  noRedactions,
  type PersonState,
  placeTemplateAreas,
} from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { casusNoteRegion } from './noteRegion.ts'

const template = getTemplate('casusbespreking')
if (!template) throw new Error('no casusbespreking template')
const areas = placeTemplateAreas(template, 'c1', { x: 0, y: 0 }, [])
const zone = (areaId: string): AreaState => {
  const found = areas.find((area) => area.areaId === areaId)
  if (!found) throw new Error(`no zone ${areaId}`)
  return found
}
const person = (publicId: string, name: string): PersonState => ({
  publicId,
  name,
  role: 'participant',
  coFacilitator: false,
  online: true,
  lastSeen: 0,
})

function control(phaseId: string): ControlState {
  return {
    activity: {
      templateId: 'casusbespreking',
      instanceId: 'c1',
      phaseIndex: template?.phases.findIndex((phase) => phase.id === phaseId) ?? -1,
    },
    timer: null,
    settings: defaultSettings,
    follow: { leaderPublicId: null },
    areas,
    people: [person('anna', 'Anna'), person('bram', 'Bram'), person('ines', 'Ines')],
    sealed: [],
    games: {
      [casusbespreking.slice?.key ?? 'case']: { bringerPublicId: 'ines', exampleCaseId: null },
    },
    redactions: noRedactions,
  }
}

describe('where a note from the list view goes in a case discussion', () => {
  it('in the analysis step, into my own column of the analysis zone', () => {
    const analysis = zone('analyse')
    const region = casusNoteRegion(analysis, { control: control('analyse'), myPublicId: 'bram' })
    expect(region).not.toBeNull()
    if (!region) return
    // Anna and Bram have a column (Ines brings the case); Bram's is the second, by name.
    expect(region.x).toBeGreaterThan(analysis.x + analysis.w / 2 - 20)
    expect(region.x + region.w).toBeLessThanOrEqual(analysis.x + analysis.w)
    expect(region.y).toBeGreaterThan(analysis.y)
  })

  it('anywhere in the zone otherwise: another step, another zone, or no column of mine', () => {
    expect(
      casusNoteRegion(zone('analyse'), {
        control: control('verhelderende-vragen'),
        myPublicId: 'bram',
      }),
    ).toBeNull()
    expect(
      casusNoteRegion(zone('adviezen'), { control: control('analyse'), myPublicId: 'bram' }),
    ).toBeNull()
    // The case-bringer listens during the analysis and has no column.
    expect(
      casusNoteRegion(zone('analyse'), { control: control('analyse'), myPublicId: 'ines' }),
    ).toBeNull()
  })
})
