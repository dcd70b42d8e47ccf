import { describe, expect, it } from 'vitest'
import { meetingAt, neverTogether, nextTimeTogether, type TimeTogether } from './timeTogether.ts'

const minute = 60_000
const nine = Date.UTC(2026, 11, 2, 8, 0)

/** Plays who is online over time: [minute, people online]. */
function play(steps: readonly (readonly [number, number])[]): TimeTogether {
  return steps.reduce(
    (state, [at, online]) => nextTimeTogether(state, online, nine + at * minute),
    neverTogether,
  )
}

describe('time together', () => {
  it('does not count a facilitator preparing the board alone', () => {
    const state = play([
      [0, 1],
      [40, 0],
    ])
    expect(state).toEqual(neverTogether)
    expect(meetingAt(state, nine + 60 * minute)).toBeNull()
  })

  it('starts when a second person arrives and ends when only one is left', () => {
    const state = play([
      [0, 1],
      [25, 2],
      [30, 6],
      [140, 1],
      [150, 0],
    ])
    expect(meetingAt(state, nine + 500 * minute)).toEqual({
      metAt: nine + 25 * minute,
      endedAt: nine + 140 * minute,
      togetherMs: 115 * minute,
    })
  })

  it('counts an ongoing stretch up to now', () => {
    const state = play([[10, 3]])
    expect(meetingAt(state, nine + 70 * minute)).toEqual({
      metAt: nine + 10 * minute,
      endedAt: nine + 70 * minute,
      togetherMs: 60 * minute,
    })
  })

  it('adds up the stretches of a team that comes back later, and only those', () => {
    const state = play([
      [0, 2],
      [120, 0],
      // A week later, for the follow-up.
      [7 * 24 * 60, 4],
      [7 * 24 * 60 + 30, 1],
    ])
    const meeting = meetingAt(state, nine + 8 * 24 * 60 * minute)
    expect(meeting?.togetherMs).toBe(150 * minute)
    expect(meeting?.metAt).toBe(nine)
    expect(meeting?.endedAt).toBe(nine + (7 * 24 * 60 + 30) * minute)
  })

  it('changes nothing while the number of people stays on the same side of two', () => {
    const together = play([[0, 2]])
    expect(nextTimeTogether(together, 5, nine + minute)).toBe(together)
    expect(nextTimeTogether(neverTogether, 1, nine)).toBe(neverTogether)
  })
})
