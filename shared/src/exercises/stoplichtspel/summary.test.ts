import { describe, expect, it } from 'vitest'
import type { RoundResult } from './roundResult.ts'
import type { Statement } from './statement.ts'
import { filterDisagreement, summarize } from './summary.ts'

const statement = (id: string): Statement => ({ id, text: { nl: id, en: id } })

const round = (n: number, groen: number, oranje: number, rood: number): RoundResult => ({
  round: n,
  tally: { groen, oranje, rood, total: groen + oranje + rood },
  anonymous: true,
  voters: null,
  revealedAt: n * 1_000,
})

const statements = ['a', 'b', 'c', 'd', 'e'].map(statement)
const results: Record<string, RoundResult[]> = {
  a: [round(1, 4, 0, 0)], // spread 0
  b: [round(1, 2, 0, 2)], // spread 1
  // c: never voted on
  d: [round(1, 2, 0, 2), round(2, 3, 1, 0)], // first round split, second settled: 0.1875
  e: [round(1, 1, 1, 1)], // spread 2/3
}

describe('the summary', () => {
  it('lists every statement in the order played by default', () => {
    const rows = summarize(statements, results)
    expect(rows.map((r) => r.statement.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('keeps the first round when there was a second, and takes the last as the latest', () => {
    const d = summarize(statements, results).find((r) => r.statement.id === 'd')
    expect(d?.rounds.map((r) => r.round)).toEqual([1, 2])
    expect(d?.latest?.round).toBe(2)
    // 3 groen, 1 oranje: mean 0.75, mean of squares 0.75, variance 0.1875.
    expect(d?.spread).toBeCloseTo(0.1875)
  })

  it('sorts rounds by number even if they were stored out of order', () => {
    const rows = summarize([statement('x')], { x: [round(2, 1, 0, 0), round(1, 0, 0, 1)] })
    expect(rows[0]?.rounds.map((r) => r.round)).toEqual([1, 2])
    expect(rows[0]?.latest?.round).toBe(2)
  })

  it('shows a statement without votes with no latest round, zero spread and no notes', () => {
    const c = summarize(statements, results).find((r) => r.statement.id === 'c')
    expect(c).toMatchObject({ rounds: [], latest: null, spread: 0, notes: [] })
  })

  it('attaches the notes of each statement', () => {
    const rows = summarize(statements, results, { b: ['Bereik is anders per locatie'] })
    expect(rows.find((r) => r.statement.id === 'b')?.notes).toEqual([
      'Bereik is anders per locatie',
    ])
    expect(rows.find((r) => r.statement.id === 'a')?.notes).toEqual([])
  })

  it('puts the most disagreement first and statements without votes last', () => {
    const rows = summarize(statements, results, undefined, 'most-disagreement')
    expect(rows.map((r) => r.statement.id)).toEqual(['b', 'e', 'd', 'a', 'c'])
  })

  it('keeps the played order for equal spreads', () => {
    const same = ['p', 'q', 'r'].map(statement)
    const rows = summarize(
      same,
      { p: [round(1, 1, 0, 1)], q: [round(1, 0, 2, 0)], r: [round(1, 3, 0, 3)] },
      {},
      'most-disagreement',
    )
    expect(rows.map((r) => r.statement.id)).toEqual(['p', 'r', 'q'])
  })

  it('counts a revealed round nobody voted in as not voted on', () => {
    const rows = summarize(
      [statement('leeg'), statement('eens')],
      { leeg: [round(1, 0, 0, 0)], eens: [round(1, 3, 0, 0)] },
      {},
      'most-disagreement',
    )
    expect(rows.map((r) => r.statement.id)).toEqual(['eens', 'leeg'])
  })

  it('does not pick up inherited properties for ids like "constructor"', () => {
    const rows = summarize([statement('constructor')], {}, {})
    expect(rows[0]).toMatchObject({ rounds: [], latest: null, notes: [] })
  })

  it('does not change the inputs', () => {
    const stored = [round(2, 1, 0, 0), round(1, 0, 0, 1)]
    const input = [...statements]
    summarize(input, { a: stored }, {}, 'most-disagreement')
    expect(stored.map((r) => r.round)).toEqual([2, 1])
    expect(input.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})

describe('filtering on disagreement', () => {
  it('keeps rows at or above the threshold, in the order given', () => {
    const rows = summarize(statements, results)
    expect(filterDisagreement(rows, 0.5).map((r) => r.statement.id)).toEqual(['b', 'e'])
    expect(filterDisagreement(rows, 1).map((r) => r.statement.id)).toEqual(['b'])
  })

  it('leaves out statements without votes even at zero', () => {
    const rows = summarize(statements, results)
    expect(filterDisagreement(rows, 0).map((r) => r.statement.id)).toEqual(['a', 'b', 'd', 'e'])
  })
})
