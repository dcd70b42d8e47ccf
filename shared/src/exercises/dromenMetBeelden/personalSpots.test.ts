import { describe, expect, it } from 'vitest'
import { overlaps } from '../../control/areaLayout.ts'
import { personalSpot, personalSpots } from './personalSpots.ts'

// The zone of the dromen-met-beelden template.
const zone = { x: 1000, y: 500, w: 2480, h: 800 }

describe('personal spots', () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))(
    'gives %i people spots that do not overlap',
    (count) => {
      const spots = personalSpots(zone, count)
      expect(spots).toHaveLength(count)
      for (const [i, a] of spots.entries()) {
        expect(a.w).toBeGreaterThanOrEqual(200)
        for (const b of spots.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
      }
    },
  )

  it('fits twenty people inside the zone', () => {
    for (const spot of personalSpots(zone, 20)) {
      expect(spot.x).toBeGreaterThanOrEqual(zone.x)
      expect(spot.y).toBeGreaterThanOrEqual(zone.y)
      expect(spot.x + spot.w).toBeLessThanOrEqual(zone.x + zone.w)
      expect(spot.y + spot.h).toBeLessThanOrEqual(zone.y + zone.h)
    }
  })

  it('never moves anyone when a late joiner arrives', () => {
    const before = personalSpots(zone, 7)
    const after = personalSpots(zone, 8)
    expect(after.slice(0, 7)).toEqual(before)
    for (const spot of before) expect(overlaps(spot, after[7]!)).toBe(false)
  })

  it('continues below the zone for more people than it holds', () => {
    const extra = personalSpot(zone, 25)
    expect(extra.y).toBeGreaterThan(zone.y + zone.h - 10)
    for (const spot of personalSpots(zone, 25))
      expect(overlaps(spot, extra) && spot !== extra).toBe(false)
  })
})
