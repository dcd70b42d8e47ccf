/**
 * The shared timer. The server is its clock: it stores how much time was left at the last
 * change and, while running, since when (server milliseconds). Every client computes the same
 * remaining time from that and its own estimate of the server's clock, so a reload or a late
 * joiner sees the right countdown without the server sending ticks.
 */
export interface TimerState {
  /** The time box it was last started or reset with. */
  durationMs: number
  /** Time left at `runningSince` (running) or now (paused / not started). */
  remainingMs: number
  /** Server time at which it last started running; null while paused or not started. */
  runningSince: number | null
  /**
   * Who set this time box: a phase (its own time box, replaced when the phase changes) or a
   * facilitator by hand (kept across phase changes until they change it). Missing on timers
   * stored before this existed: those were phase time boxes.
   */
  setBy?: TimerSetBy
}

export type TimerSetBy = 'phase' | 'facilitator'

export const TIMER_LIMITS = {
  minDurationMs: 1_000,
  /** Four hours: longer than any session; anything above is a typo. */
  maxDurationMs: 4 * 60 * 60 * 1000,
  addStepMs: 60_000,
} as const

export type TimerProblem = 'not-a-number' | 'not-whole' | 'too-short' | 'too-long'

export function checkDurationMs(
  value: unknown,
): { ok: true; value: number } | { ok: false; problem: TimerProblem } {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, problem: 'not-a-number' }
  if (!Number.isInteger(value)) return { ok: false, problem: 'not-whole' }
  if (value < TIMER_LIMITS.minDurationMs) return { ok: false, problem: 'too-short' }
  if (value > TIMER_LIMITS.maxDurationMs) return { ok: false, problem: 'too-long' }
  return { ok: true, value }
}

export function idleTimer(durationMs: number, setBy: TimerSetBy = 'phase'): TimerState {
  return { durationMs, remainingMs: durationMs, runningSince: null, setBy }
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null
}

/** Time left at server time `now`, never below zero. */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return Math.max(0, timer.remainingMs)
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.runningSince))
}

/** Starts a fresh countdown of `durationMs` from `now`. */
export function startTimer(
  durationMs: number,
  now: number,
  setBy: TimerSetBy = 'facilitator',
): TimerState {
  return { durationMs, remainingMs: durationMs, runningSince: now, setBy }
}

/** Whether a timer still has time to count, running or paused mid-way. */
export function isUnderway(timer: TimerState, now: number): boolean {
  const left = remainingAt(timer, now)
  return left > 0 && (timer.runningSince !== null || left < timer.durationMs)
}

/**
 * The timer after moving to a phase with a time box of `phaseMs`. A time box a facilitator
 * set by hand and that is still counting is never dropped by a phase change: it keeps going
 * until they change it. Otherwise the phase brings its own time box, running at once when
 * the session's setting says so, ready to start when not.
 */
export function timerForPhase(
  current: TimerState | null,
  phaseMs: number,
  autoStart: boolean,
  now: number,
): TimerState {
  if (current && current.setBy === 'facilitator' && isUnderway(current, now)) return current
  return autoStart ? startTimer(phaseMs, now, 'phase') : idleTimer(phaseMs, 'phase')
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer
  return { ...timer, remainingMs: remainingAt(timer, now), runningSince: null }
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (timer.runningSince !== null || timer.remainingMs <= 0) return timer
  return { ...timer, runningSince: now }
}

/** Adds time to what is left (and to the time box), capped at the maximum duration. */
export function addTime(timer: TimerState, ms: number, now: number): TimerState {
  const left = remainingAt(timer, now)
  const remainingMs = Math.min(TIMER_LIMITS.maxDurationMs, left + ms)
  return {
    durationMs: Math.min(TIMER_LIMITS.maxDurationMs, Math.max(timer.durationMs, remainingMs)),
    remainingMs,
    runningSince: timer.runningSince === null ? null : now,
    ...(timer.setBy ? { setBy: timer.setBy } : {}),
  }
}

export function resetTimer(timer: TimerState): TimerState {
  return idleTimer(timer.durationMs, timer.setBy ?? 'phase')
}

/** "12:05" or "1:02:03", for the display and for screen readers. */
export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(Math.max(0, ms) / 1000)
  const hours = Math.floor(totalSeconds / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  const two = (n: number) => String(n).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`
}
