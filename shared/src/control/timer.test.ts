import { describe, expect, it } from 'vitest'
import {
  addTime,
  checkDurationMs,
  formatRemaining,
  idleTimer,
  pauseTimer,
  remainingAt,
  resetTimer,
  resumeTimer,
  startTimer,
  TIMER_LIMITS,
  timerForPhase,
} from './timer.ts'

const MINUTE = 60_000

describe('the shared timer', () => {
  it('counts down from its start on the server clock', () => {
    const timer = startTimer(10 * MINUTE, 1_000_000)
    expect(remainingAt(timer, 1_000_000)).toBe(10 * MINUTE)
    expect(remainingAt(timer, 1_000_000 + 90_000)).toBe(10 * MINUTE - 90_000)
  })

  it('never goes below zero, and then it has expired', () => {
    const timer = startTimer(MINUTE, 0)
    expect(remainingAt(timer, 5 * MINUTE)).toBe(0)
    expect(remainingAt(timer, 5 * MINUTE)).toBe(0)
    expect(remainingAt(timer, 30_000)).toBeGreaterThan(0)
  })

  it('does not count a clock that reads earlier than the start', () => {
    expect(remainingAt(startTimer(MINUTE, 10_000), 9_000)).toBe(MINUTE)
  })

  it('keeps the remaining time while paused and continues from it on resume', () => {
    const paused = pauseTimer(startTimer(10 * MINUTE, 0), 4 * MINUTE)
    expect(remainingAt(paused, 4 * MINUTE)).toBe(6 * MINUTE)
    expect(remainingAt(paused, 60 * MINUTE)).toBe(6 * MINUTE)
    const resumed = resumeTimer(paused, 100 * MINUTE)
    expect(remainingAt(resumed, 101 * MINUTE)).toBe(5 * MINUTE)
  })

  it('treats pausing a paused timer and resuming a running one as no change', () => {
    const running = startTimer(MINUTE, 0)
    expect(resumeTimer(running, 5_000)).toBe(running)
    const paused = pauseTimer(running, 1_000)
    expect(pauseTimer(paused, 2_000)).toBe(paused)
  })

  it('does not resume a timer that has run out', () => {
    const done = pauseTimer(startTimer(MINUTE, 0), 2 * MINUTE)
    expect(resumeTimer(done, 3 * MINUTE)).toBe(done)
  })

  it('adds a minute to what is left, running or paused', () => {
    const running = addTime(startTimer(5 * MINUTE, 0), MINUTE, 2 * MINUTE)
    expect(remainingAt(running, 2 * MINUTE)).toBe(4 * MINUTE)
    const paused = addTime(idleTimer(5 * MINUTE), MINUTE, 0)
    expect(remainingAt(paused, 99 * MINUTE)).toBe(6 * MINUTE)
    expect(paused.durationMs).toBe(6 * MINUTE)
  })

  it('gives an expired timer a fresh minute', () => {
    const expired = startTimer(MINUTE, 0)
    const more = addTime(expired, MINUTE, 10 * MINUTE)
    expect(remainingAt(more, 10 * MINUTE + 30_000)).toBe(30_000)
  })

  it('never adds past the maximum duration', () => {
    const long = addTime(idleTimer(TIMER_LIMITS.maxDurationMs), MINUTE, 0)
    expect(long.remainingMs).toBe(TIMER_LIMITS.maxDurationMs)
  })

  it('resets to its time box, stopped', () => {
    const reset = resetTimer(pauseTimer(startTimer(7 * MINUTE, 0), MINUTE))
    expect(reset).toMatchObject({
      durationMs: 7 * MINUTE,
      remainingMs: 7 * MINUTE,
      runningSince: null,
    })
  })

  it.each([
    [-5, 'too-short'],
    [0, 'too-short'],
    [999, 'too-short'],
    [1.5, 'not-whole'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    ['600000', 'not-a-number'],
    [null, 'not-a-number'],
    [TIMER_LIMITS.maxDurationMs + 1, 'too-long'],
  ])('refuses a duration of %s (%s)', (value, problem) => {
    expect(checkDurationMs(value)).toEqual({ ok: false, problem })
  })

  it('accepts durations from one second to four hours', () => {
    expect(checkDurationMs(1_000).ok).toBe(true)
    expect(checkDurationMs(TIMER_LIMITS.maxDurationMs).ok).toBe(true)
  })

  it('formats the remaining time for people, rounding up to the next second', () => {
    expect(formatRemaining(0)).toBe('0:00')
    expect(formatRemaining(1)).toBe('0:01')
    expect(formatRemaining(9 * MINUTE + 59_001)).toBe('10:00')
    expect(formatRemaining(65 * MINUTE)).toBe('1:05:00')
  })
})

describe('the timer when the phase changes', () => {
  const now = 5_000_000

  it('starts the new phase’s time box at once when the session says so', () => {
    const previous = startTimer(10 * MINUTE, now - MINUTE, 'phase')
    expect(timerForPhase(previous, 15 * MINUTE, true, now)).toEqual({
      durationMs: 15 * MINUTE,
      remainingMs: 15 * MINUTE,
      runningSince: now,
      setBy: 'phase',
    })
  })

  it('sets the new phase’s time box ready to start when it should not run by itself', () => {
    expect(timerForPhase(null, 15 * MINUTE, false, now)).toEqual(idleTimer(15 * MINUTE))
  })

  it('keeps a facilitator’s own timer while it is running or paused half-way', () => {
    const running = startTimer(45 * MINUTE, now - MINUTE)
    expect(timerForPhase(running, 10 * MINUTE, true, now)).toBe(running)
    const paused = pauseTimer(running, now)
    expect(timerForPhase(paused, 10 * MINUTE, false, now)).toBe(paused)
  })

  it('replaces a facilitator’s own timer once it ran out or was reset', () => {
    const done = startTimer(MINUTE, now - 2 * MINUTE)
    expect(timerForPhase(done, 10 * MINUTE, true, now).setBy).toBe('phase')
    const reset = resetTimer(startTimer(45 * MINUTE, now - MINUTE))
    expect(timerForPhase(reset, 10 * MINUTE, false, now)).toEqual(idleTimer(10 * MINUTE))
  })

  it('treats a timer stored before timers knew who set them as a phase’s time box', () => {
    const old = { durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE, runningSince: now - MINUTE }
    expect(timerForPhase(old, 10 * MINUTE, true, now).durationMs).toBe(10 * MINUTE)
  })

  it('keeps who set it when a minute is added', () => {
    expect(addTime(startTimer(MINUTE, now, 'phase'), MINUTE, now).setBy).toBe('phase')
  })
})
