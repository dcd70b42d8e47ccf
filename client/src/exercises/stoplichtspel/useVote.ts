import type { VoteColor } from '@reflectiebord/shared'
import { useCallback, useRef, useState } from 'react'
import { submitSealed } from '../../api/apiClient.ts'
import { useParticipantId, useSessionId } from '../../control/ControlStoreContext.tsx'
import { useMyVote, useMyVotes } from './myVotes.ts'
import { type VoteFailure, voteFailure } from './voteFailure.ts'

export interface VoteState {
  /** What I voted in this round, as far as this tab knows. */
  mine: VoteColor | null
  /** The colour being sent right now, if any. */
  sending: VoteColor | null
  error: VoteFailure | null
  vote(color: VoteColor): void
}

/**
 * Casting (and re-casting) my vote in one round. Votes are sent one after the other, never
 * side by side, so that after "groen, no, rood" the server ends up with rood, like the screen.
 */
export function useVote(boxId: string): VoteState {
  const sessionId = useSessionId()
  const participantId = useParticipantId()
  const mine = useMyVote(sessionId, boxId)
  const [sending, setSending] = useState<VoteColor | null>(null)
  const [error, setError] = useState<VoteFailure | null>(null)
  const queue = useRef<Promise<void>>(Promise.resolve())
  const latest = useRef(0)

  const vote = useCallback(
    (color: VoteColor) => {
      const ticket = ++latest.current
      setSending(color)
      setError(null)
      queue.current = queue.current.then(async () => {
        // A second vote replaces the first: changing one's mind is just voting again.
        const result = await submitSealed(sessionId, boxId, participantId, color)
        if (result.ok) useMyVotes.getState().remember(sessionId, boxId, color)
        // Only the newest click decides what the screen says.
        if (ticket !== latest.current) return
        setSending(null)
        setError(result.ok ? null : voteFailure(result))
      })
    },
    [sessionId, boxId, participantId],
  )

  return { mine, sending, error, vote }
}
