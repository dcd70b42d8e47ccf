import { describe, expect, it } from 'vitest'
import { freePlace } from './freePlace.ts'

const zone = { x: 1000, y: 500, w: 700, h: 800 }
const note = { w: 200, h: 200 }
const options = { top: 120, gap: 20 }

describe('a free place for a new note in a zone', () => {
  it('takes the first place under the header when the zone is empty', () => {
    expect(freePlace(zone, note, [], options)).toEqual({ x: 1020, y: 620 })
  })

  it('goes round what is there, row by row, left to right', () => {
    const first = { x: 1020, y: 620, w: 200, h: 200 }
    expect(freePlace(zone, note, [first], options)).toEqual({ x: 1240, y: 620 })
    const row = [first, { x: 1240, y: 620, w: 200, h: 200 }, { x: 1460, y: 620, w: 200, h: 200 }]
    expect(freePlace(zone, note, row, options)).toEqual({ x: 1020, y: 840 })
  })

  it('keeps a gap: a small shape between two places takes both', () => {
    const between = { x: 1225, y: 620, w: 10, h: 10 }
    expect(freePlace(zone, note, [between], options)).toEqual({ x: 1460, y: 620 })
  })

  it('stays inside the zone when it is full, so the note still belongs to it', () => {
    const full = [{ x: zone.x, y: zone.y, w: zone.w, h: zone.h }]
    const at = freePlace(zone, note, full, options)
    const middle = { x: at.x + note.w / 2, y: at.y + note.h / 2 }
    expect(middle.x).toBeGreaterThanOrEqual(zone.x)
    expect(middle.x).toBeLessThanOrEqual(zone.x + zone.w)
    expect(middle.y).toBeGreaterThanOrEqual(zone.y)
    expect(middle.y).toBeLessThanOrEqual(zone.y + zone.h)
    // The next one is offset, so two notes in a full zone do not cover each other exactly.
    const again = freePlace(zone, note, [...full, { ...at, ...note }], options)
    expect(again).not.toEqual(at)
  })

  it('keeps the middle inside a zone smaller than the note', () => {
    const small = { x: 0, y: 0, w: 100, h: 100 }
    const at = freePlace(small, note, [], options)
    expect(at.x + note.w / 2).toBeLessThanOrEqual(100)
    expect(at.y + note.h / 2).toBeLessThanOrEqual(100)
    expect(at.x + note.w / 2).toBeGreaterThanOrEqual(0)
    expect(at.y + note.h / 2).toBeGreaterThanOrEqual(0)
  })
})
