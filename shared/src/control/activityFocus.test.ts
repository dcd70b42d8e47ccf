import { describe, expect, it } from 'vitest'
import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import {
  activityFocus,
  MIN_READABLE_TEXT_PX,
  readableCamera,
  ZONE_TEXT_PX,
} from './activityFocus.ts'
import type { AreaState } from './controlState.ts'

const text = { nl: 'x', en: 'x' }
const area = (areaId: string, x: number, instanceId = 'i1'): AreaState => ({
  key: `${instanceId}:${areaId}`,
  instanceId,
  templateId: 't',
  areaId,
  title: text,
  instruction: text,
  x,
  y: 0,
  w: 400,
  h: 300,
})
const template = {
  id: 't',
  phases: [
    { id: 'p1', title: text, instruction: text, durationMinutes: 5, areaId: 'b' },
    { id: 'p2', title: text, instruction: text, durationMinutes: 5 },
  ],
} as unknown as ExerciseTemplate
const find = (id: string) => (id === 't' ? template : undefined)

describe('where the work is now', () => {
  const areas = [area('a', 0), area('b', 500), area('a', 2000, 'i2')]

  it('is the zone of the current phase', () => {
    const focus = activityFocus(
      { activity: { templateId: 't', instanceId: 'i1', phaseIndex: 0 }, areas },
      find,
    )
    expect(focus?.areas.map((a) => a.key)).toEqual(['i1:b'])
    expect(focus?.key).toBe('i1#0')
  })

  it('is every zone of the exercise for a phase without its own zone', () => {
    const focus = activityFocus(
      { activity: { templateId: 't', instanceId: 'i1', phaseIndex: 1 }, areas },
      find,
    )
    expect(focus?.areas.map((a) => a.key)).toEqual(['i1:a', 'i1:b'])
  })

  it('is nowhere when nothing runs or the zones are gone', () => {
    expect(activityFocus({ activity: null, areas }, find)).toBeNull()
    expect(
      activityFocus(
        { activity: { templateId: 't', instanceId: 'gone', phaseIndex: 1 }, areas },
        find,
      ),
    ).toBeNull()
  })
})

describe('a camera that keeps the text readable', () => {
  const readable = MIN_READABLE_TEXT_PX / ZONE_TEXT_PX

  it('shows a small zone whole and centred, never larger than life', () => {
    const camera = readableCamera({ x: 100, y: 100, w: 400, h: 300 }, { w: 1000, h: 600 })
    expect(camera.z).toBe(1)
    // Centred across; down, centred in the room below tldraw's menus at the top.
    expect((100 + 200 + camera.x) * camera.z).toBeCloseTo(500)
    expect((100 + 150 + camera.y) * camera.z).toBeCloseTo(56 + (600 - 56 - 32) / 2)
  })

  it('zooms out to fit a zone as long as its text stays readable', () => {
    const camera = readableCamera({ x: 0, y: 0, w: 1100, h: 500 }, { w: 1000, h: 600 })
    expect(camera.z).toBeLessThan(1)
    expect(camera.z).toBeGreaterThanOrEqual(readable)
    expect(ZONE_TEXT_PX * camera.z).toBeGreaterThanOrEqual(MIN_READABLE_TEXT_PX)
  })

  it('shows the top-left of a zone too large to fit readably, title first', () => {
    const camera = readableCamera({ x: 0, y: 0, w: 600, h: 2400 }, { w: 1000, h: 500 }, 32, 56)
    expect(camera.z).toBeCloseTo(readable)
    // Never a hair below: 14 / 18 in floating point would give 13.999… px.
    expect(ZONE_TEXT_PX * camera.z).toBeGreaterThanOrEqual(MIN_READABLE_TEXT_PX)
    // The zone's top edge is just below tldraw's menus at the top of the screen.
    expect((0 + camera.y) * camera.z).toBeCloseTo(56)
  })
})
