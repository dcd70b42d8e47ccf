import { isVoteColor, type VoteColor } from '@reflectiebord/shared'
import { create } from 'zustand'

/**
 * What I voted, per sealed box. The server never tells anyone what they voted (not even
 * themselves), so this browser tab remembers it: in memory for the page, and in
 * sessionStorage so a reload of the same tab still shows "your vote is in". sessionStorage,
 * not localStorage: a vote is private, and it should not outlive the tab on a shared laptop.
 */
const STORAGE_KEY = 'reflectiebord:stoplicht-votes'
/** Old rounds are of no use once revealed; keep the last few so storage stays small. */
const KEEP = 50

type VotesByKey = Record<string, VoteColor>

function voteKey(sessionId: string, boxId: string): string {
  return `${sessionId}/${boxId}`
}

function readVotes(): VotesByKey {
  try {
    const raw = globalThis.sessionStorage.getItem(STORAGE_KEY)
    const parsed = raw === null ? null : (JSON.parse(raw) as unknown)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    const votes: VotesByKey = {}
    for (const [key, value] of Object.entries(parsed)) if (isVoteColor(value)) votes[key] = value
    return votes
  } catch {
    return {}
  }
}

function writeVotes(votes: VotesByKey): void {
  try {
    globalThis.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(votes))
  } catch {
    // Storage refused: the vote is still remembered in memory for this page.
  }
}

interface MyVotesState {
  votes: VotesByKey
  remember(sessionId: string, boxId: string, color: VoteColor): void
}

export const useMyVotes = create<MyVotesState>()((set, get) => ({
  votes: readVotes(),
  remember(sessionId, boxId, color) {
    const key = voteKey(sessionId, boxId)
    // Re-insert so the newest is last, then drop the oldest beyond KEEP.
    const { [key]: _previous, ...others } = get().votes
    const entries = Object.entries({ ...others, [key]: color }).slice(-KEEP)
    const votes = Object.fromEntries(entries) as VotesByKey
    writeVotes(votes)
    set({ votes })
  },
}))

/** My vote in a round, or null if I have not voted (in this tab). */
export function useMyVote(sessionId: string, boxId: string | null): VoteColor | null {
  return useMyVotes((state) =>
    boxId === null ? null : (state.votes[voteKey(sessionId, boxId)] ?? null),
  )
}

/** The same, outside React (the test hook). */
export function readMyVote(sessionId: string, boxId: string): VoteColor | null {
  return useMyVotes.getState().votes[voteKey(sessionId, boxId)] ?? null
}
