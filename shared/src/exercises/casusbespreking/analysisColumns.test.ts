import { describe, expect, it } from 'vitest'
import { analysisColumns, ZONE_HEADER } from './analysisColumns.ts'

const zone = { x: 100, y: 0, w: 716, h: 800 }
const people = (names: string[]) => names.map((name, i) => ({ publicId: `p${i}`, name }))

describe('analysisColumns', () => {
  it('gives each person a column of equal width inside the zone, below its header', () => {
    const columns = analysisColumns(zone, people(['Ann', 'Bert', 'Carla']))
    expect(columns).toHaveLength(3)
    for (const column of columns) {
      expect(column.w).toBeCloseTo((716 - 16 * 4) / 3)
      expect(column.y).toBe(ZONE_HEADER)
      expect(column.x).toBeGreaterThanOrEqual(zone.x)
      expect(column.x + column.w).toBeLessThanOrEqual(zone.x + zone.w)
    }
    for (let i = 1; i < columns.length; i++) {
      expect(columns[i]!.x).toBeGreaterThan(columns[i - 1]!.x + columns[i - 1]!.w)
    }
  })

  it('orders columns by name, the Flemish way, whoever joined first', () => {
    const columns = analysisColumns(zone, people(['Émile', 'bram', 'Aïcha']))
    expect(columns.map((c) => c.name)).toEqual(['Aïcha', 'bram', 'Émile'])
  })

  it('adds a column for a late joiner and keeps everyone else in order', () => {
    const before = analysisColumns(zone, people(['Ann', 'Carla']))
    const after = analysisColumns(zone, [
      ...people(['Ann', 'Carla']),
      { publicId: 'late', name: 'Bert' },
    ])
    expect(after.map((c) => c.name)).toEqual(['Ann', 'Bert', 'Carla'])
    expect(after[0]!.x).toBe(before[0]!.x)
  })

  it('has no columns for nobody', () => {
    expect(analysisColumns(zone, [])).toEqual([])
  })
})
