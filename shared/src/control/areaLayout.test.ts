import { describe, expect, it } from 'vitest'
import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import { overlaps, placeTemplateAreas, TEMPLATE_GAP } from './areaLayout.ts'

const text = { nl: 'x', en: 'x' }
const template: ExerciseTemplate = {
  id: 'proef',
  title: text,
  description: text,
  phases: [{ id: 'p', title: text, instruction: text, durationMinutes: 5 }],
  areas: [
    { id: 'links', title: text, instruction: text, x: 0, y: 0, w: 600, h: 800 },
    { id: 'rechts', title: text, instruction: text, x: 680, y: 0, w: 600, h: 800 },
  ],
}

describe('placeTemplateAreas', () => {
  it('places the zones relative to the origin, keyed by instance', () => {
    const areas = placeTemplateAreas(template, 'proef-1', { x: 100, y: 50 }, [])
    expect(areas.map((a) => [a.key, a.x, a.y, a.w, a.h])).toEqual([
      ['proef-1:links', 100, 50, 600, 800],
      ['proef-1:rechts', 780, 50, 600, 800],
    ])
  })

  it('moves a second copy beside the first instead of on top of it', () => {
    const first = placeTemplateAreas(template, 'proef-1', { x: 0, y: 0 }, [])
    const second = placeTemplateAreas(template, 'proef-2', { x: 0, y: 0 }, first)
    for (const area of second) for (const other of first) expect(overlaps(area, other)).toBe(false)
    expect(Math.min(...second.map((a) => a.x))).toBe(1280 + TEMPLATE_GAP)
  })

  it('keeps the requested place when it is free', () => {
    const first = placeTemplateAreas(template, 'proef-1', { x: 0, y: 0 }, [])
    const second = placeTemplateAreas(template, 'proef-2', { x: 0, y: 2000 }, first)
    expect(second[0]?.y).toBe(2000)
    expect(second[0]?.x).toBe(0)
  })
})
