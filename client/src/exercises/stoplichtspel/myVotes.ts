import { VOTE_COLORS, type VoteColor } from '@reflectiebord/shared'
import * as v from 'valibot'
import { create } from 'zustand'
import { lenientRecord, readStoredWith, writeStoredJson } from '../../state/storage.ts'

/**
 * What I voted, per sealed box. The server never tells anyone what they voted (not even
 * themselves), so this browser tab remembers it: in memory for the page, and in
 * sessionStorage so a reload of the same tab still shows "your vote is in". sessionStorage,
 * not localStorage: a vote is private, and it should not outlive the tab on a shared laptop.
 */
/** Kept as `reflectiebord:stoplicht-votes`: storage.ts adds the prefix. */
const STORAGE_KEY = 'stoplicht-votes'
/** Old rounds are of no use once revealed; keep the last few so storage stays small. */
const KEEP = 50

type VotesByKey = Record<string, VoteColor>

function voteKey(sessionId: string, boxId: string): string {
  return `${sessionId}/${boxId}`
}

// A vote that is not one of the colours (an older page, a hand edit) is forgotten, not shown.
const StoredVotesSchema = lenientRecord(v.picklist(VOTE_COLORS))

function readVotes(): VotesByKey {
  return readStoredWith(STORAGE_KEY, StoredVotesSchema, {}, 'session')
}

function writeVotes(votes: VotesByKey): void {
  // When storage refuses, the vote is still remembered in memory for this page.
  writeStoredJson(STORAGE_KEY, votes, 'session')
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
