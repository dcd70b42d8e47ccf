import { describe, expect, it } from 'vitest'
import type { SealedEntry } from '../../control/controlState.ts'
import { roundResultFromReveal } from './roundResult.ts'

const named = (publicId: string, name: string, value: unknown): SealedEntry => ({
  publicId,
  name,
  value,
})
const hidden = (value: unknown): SealedEntry => ({ publicId: null, name: null, value })

describe('the result of an anonymous round', () => {
  it('keeps the counts and nothing else', () => {
    const result = roundResultFromReveal([hidden('rood'), hidden('groen'), hidden('groen')], {
      round: 1,
      anonymous: true,
      revealedAt: 1_000,
    })
    expect(result).toEqual({
      round: 1,
      tally: { groen: 2, oranje: 0, rood: 1, total: 3 },
      anonymous: true,
      voters: null,
      revealedAt: 1_000,
    })
  })

  it('drops names and ids that arrive by mistake', () => {
    const entries = [named('p-ann', 'Ann', 'rood'), named('p-bram', 'Bram', 'groen')]
    const result = roundResultFromReveal(entries, { round: 2, anonymous: true, revealedAt: 5 })
    expect(result.voters).toBeNull()
    const stored = JSON.stringify(result)
    for (const trace of ['Ann', 'Bram', 'p-ann', 'p-bram']) expect(stored).not.toContain(trace)
  })

  it('gives the same result whatever order the votes came in', () => {
    const context = { round: 1, anonymous: true, revealedAt: 0 }
    const one = roundResultFromReveal([hidden('groen'), hidden('rood'), hidden('oranje')], context)
    const other = roundResultFromReveal(
      [hidden('oranje'), hidden('groen'), hidden('rood')],
      context,
    )
    expect(JSON.stringify(one)).toBe(JSON.stringify(other))
  })
})

describe('the result of a named round', () => {
  it('lists who chose what, sorted by name the Dutch way', () => {
    const entries = [
      named('p1', 'Sofie', 'rood'),
      named('p2', 'ann', 'groen'),
      named('p3', 'Émile', 'oranje'),
      named('p4', 'Bram', 'groen'),
    ]
    const result = roundResultFromReveal(entries, { round: 1, anonymous: false, revealedAt: 9 })
    expect(result.anonymous).toBe(false)
    expect(result.tally).toEqual({ groen: 2, oranje: 1, rood: 1, total: 4 })
    expect(result.voters).toEqual([
      { name: 'ann', color: 'groen' },
      { name: 'Bram', color: 'groen' },
      { name: 'Émile', color: 'oranje' },
      { name: 'Sofie', color: 'rood' },
    ])
  })

  it('keeps public ids out of the result', () => {
    const result = roundResultFromReveal([named('p-secret', 'Ann', 'groen')], {
      round: 1,
      anonymous: false,
      revealedAt: 0,
    })
    expect(JSON.stringify(result)).not.toContain('p-secret')
  })

  it('orders two people with the same name by colour, not by who voted first', () => {
    const first = roundResultFromReveal([named('a', 'An', 'rood'), named('b', 'An', 'groen')], {
      round: 1,
      anonymous: false,
      revealedAt: 0,
    })
    const second = roundResultFromReveal([named('b', 'An', 'groen'), named('a', 'An', 'rood')], {
      round: 1,
      anonymous: false,
      revealedAt: 0,
    })
    expect(first.voters).toEqual([
      { name: 'An', color: 'groen' },
      { name: 'An', color: 'rood' },
    ])
    expect(second.voters).toEqual(first.voters)
  })

  it('does not count or list values that are not vote colours', () => {
    const entries = [
      named('p1', 'Ann', 'groen'),
      named('p2', 'Bram', 'paars'),
      named('p3', 'Cas', 7),
    ]
    const result = roundResultFromReveal(entries, { round: 1, anonymous: false, revealedAt: 0 })
    expect(result.tally).toEqual({ groen: 1, oranje: 0, rood: 0, total: 1 })
    expect(result.voters).toEqual([{ name: 'Ann', color: 'groen' }])
  })

  it('counts a vote without a name but does not list it', () => {
    const result = roundResultFromReveal([named('p1', 'Ann', 'groen'), hidden('rood')], {
      round: 1,
      anonymous: false,
      revealedAt: 0,
    })
    expect(result.tally.total).toBe(2)
    expect(result.voters).toEqual([{ name: 'Ann', color: 'groen' }])
  })

  it('is empty, not null, when nobody voted', () => {
    const result = roundResultFromReveal([], { round: 1, anonymous: false, revealedAt: 0 })
    expect(result.voters).toEqual([])
    expect(result.tally.total).toBe(0)
  })
})
