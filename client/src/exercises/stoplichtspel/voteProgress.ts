import { type ControlState, readSlice, stoplichtspel } from '@reflectiebord/shared'

export interface VoteProgress {
  /** Votes in the box (one per person; changing a vote does not add one). */
  count: number
  /**
   * Participants online now, co-facilitators included: they are team members. Whoever came
   * with the facilitator link is left out, since they lead the game and usually do not vote;
   * if they vote anyway, `count` can exceed `expected`, and the wording says so.
   */
  expected: number
}

/** How far the open round is: "5 van 7 gestemd". Null when no round is open. */
export function voteProgress(control: ControlState): VoteProgress | null {
  const current = readSlice(control, stoplichtspel)?.current
  if (current?.status !== 'open') return null
  const count = control.sealed.find((box) => box.id === current.boxId)?.count ?? 0
  const expected = control.people.filter(
    (person) => person.online && person.role === 'participant',
  ).length
  return { count, expected }
}
