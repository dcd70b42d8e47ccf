/**
 * How long people were together in a session: what a facilitator means by the session's
 * "duur". Not the time since the session was made (a facilitator often makes it days ahead and
 * prepares the board alone), nor until the last edit (a team may come back weeks later), but
 * the time during which at least two people were in it at once, summed over every stretch.
 */

/** Two people make a meeting: a facilitator preparing alone does not. */
export const PEOPLE_TOGETHER = 2

export interface TimeTogether {
  /** Server time two or more people were first in the session at once; null before. */
  metAt: number | null
  /** Server time the last stretch together ended; null while none has ended. */
  partedAt: number | null
  /** The length of every stretch together that has ended, in ms. */
  endedMs: number
  /** When the stretch going on now began; null while fewer than two people are in. */
  since: number | null
}

export const neverTogether: TimeTogether = { metAt: null, partedAt: null, endedMs: 0, since: null }

/** The time together after the number of people in the session changed to `peopleOnline`. */
export function nextTimeTogether(
  state: TimeTogether,
  peopleOnline: number,
  now: number,
): TimeTogether {
  const together = peopleOnline >= PEOPLE_TOGETHER
  if (together && state.since === null) {
    return { ...state, metAt: state.metAt ?? now, since: now }
  }
  if (!together && state.since !== null) {
    return {
      ...state,
      endedMs: state.endedMs + Math.max(0, now - state.since),
      partedAt: now,
      since: null,
    }
  }
  return state
}

/** The meeting as it stands at `now`: an ongoing stretch counts up to now. */
export interface Meeting {
  /** When two or more people were first in the session together. */
  metAt: number
  /** When the last stretch together ended, or now if it goes on. */
  endedAt: number
  /** Time together, in ms. */
  togetherMs: number
}

export function meetingAt(state: TimeTogether, now: number): Meeting | null {
  if (state.metAt === null) return null
  const ongoing = state.since === null ? 0 : Math.max(0, now - state.since)
  return {
    metAt: state.metAt,
    endedAt: state.since === null ? (state.partedAt ?? state.metAt) : now,
    togetherMs: state.endedMs + ongoing,
  }
}
