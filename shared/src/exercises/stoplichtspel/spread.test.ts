import { describe, expect, it } from 'vitest'
import { isPolarised, spreadScore } from './spread.ts'
import type { Tally } from './tally.ts'

const tally = (groen: number, oranje: number, rood: number): Tally => ({
  groen,
  oranje,
  rood,
  total: groen + oranje + rood,
})

describe('the spread score', () => {
  it('is 0 when everyone chose the same colour', () => {
    expect(spreadScore(tally(5, 0, 0))).toBe(0)
    expect(spreadScore(tally(0, 4, 0))).toBe(0)
    expect(spreadScore(tally(0, 0, 3))).toBe(0)
  })

  it('is 1 when half chose groen and half rood', () => {
    // mean = 0, mean of squares = 1: variance 1.
    expect(spreadScore(tally(1, 0, 1))).toBe(1)
    expect(spreadScore(tally(3, 0, 3))).toBe(1)
  })

  it('is 0 with fewer than two votes', () => {
    expect(spreadScore(tally(0, 0, 0))).toBe(0)
    expect(spreadScore(tally(0, 0, 1))).toBe(0)
  })

  it('is 2/3 with one vote of each colour', () => {
    // mean = 0, mean of squares = 2/3.
    expect(spreadScore(tally(1, 1, 1))).toBeCloseTo(2 / 3)
  })

  it('is 0.75 with three groen and one rood', () => {
    // mean = (3 − 1) / 4 = 0.5, mean of squares = 4/4 = 1: 1 − 0.25.
    expect(spreadScore(tally(3, 0, 1))).toBeCloseTo(0.75)
  })

  it('is 0.25 with an even groen/oranje split: less apart than groen against rood', () => {
    // mean = 0.5, mean of squares = 0.5: 0.5 − 0.25.
    expect(spreadScore(tally(2, 2, 0))).toBeCloseTo(0.25)
    expect(spreadScore(tally(2, 2, 0))).toBeLessThan(spreadScore(tally(2, 0, 2)))
  })

  it('gives one dissenter in a large group a small score', () => {
    // mean = 8/10, mean of squares = 1: 1 − 0.64.
    expect(spreadScore(tally(9, 0, 1))).toBeCloseTo(0.36)
  })

  it('does not depend on which end is the majority', () => {
    expect(spreadScore(tally(4, 1, 1))).toBeCloseTo(spreadScore(tally(1, 1, 4)))
  })

  it('stays within 0 and 1 for every small group', () => {
    for (let g = 0; g <= 6; g++) {
      for (let o = 0; o <= 6; o++) {
        for (let r = 0; r <= 6; r++) {
          const score = spreadScore(tally(g, o, r))
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(1)
        }
      }
    }
  })
})

describe('a polarised vote', () => {
  it('has both groen and rood', () => {
    expect(isPolarised(tally(4, 0, 1))).toBe(true)
    expect(isPolarised(tally(1, 3, 1))).toBe(true)
  })

  it('is not polarised when one end is missing', () => {
    expect(isPolarised(tally(3, 2, 0))).toBe(false)
    expect(isPolarised(tally(0, 2, 3))).toBe(false)
    expect(isPolarised(tally(0, 0, 0))).toBe(false)
  })
})
