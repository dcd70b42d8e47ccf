import { describe, expect, it } from 'vitest'
import { emptyTally, share, tallyRows, tallyVotes } from './tally.ts'

describe('counting the votes', () => {
  it('counts each colour and the total', () => {
    expect(tallyVotes(['groen', 'rood', 'groen', 'oranje', 'groen'])).toEqual({
      groen: 3,
      oranje: 1,
      rood: 1,
      total: 5,
    })
  })

  it('gives an empty tally when nobody voted', () => {
    expect(tallyVotes([])).toEqual(emptyTally())
  })

  it('skips anything that is not a vote colour, and leaves it out of the total', () => {
    expect(
      tallyVotes(['groen', 'GROEN', 'green', null, 3, { color: 'rood' }, undefined, 'rood']),
    ).toEqual({ groen: 1, oranje: 0, rood: 1, total: 2 })
  })
})

describe('the share of a colour', () => {
  it('is its part of the valid votes', () => {
    const tally = tallyVotes(['groen', 'groen', 'groen', 'rood'])
    expect(share(tally, 'groen')).toBe(0.75)
    expect(share(tally, 'rood')).toBe(0.25)
    expect(share(tally, 'oranje')).toBe(0)
  })

  it('is zero, not NaN, when nobody voted', () => {
    expect(share(emptyTally(), 'groen')).toBe(0)
  })

  it('adds up to one over the three colours', () => {
    const rows = tallyRows(tallyVotes(['groen', 'oranje', 'rood']))
    expect(rows.map((r) => r.color)).toEqual(['groen', 'oranje', 'rood'])
    expect(rows.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1)
  })
})
