import { useEffect, useState } from 'react'
import { type Editor, react } from 'tldraw'
import { userIdOf } from '../../board/presence.ts'

export type FollowStatus =
  /** Nobody asked to be followed, or I am the one being followed. */
  | 'none'
  /** Asked to follow, waiting for the leader's viewport to arrive. */
  | 'waiting'
  | 'following'
  /** I chose to look around myself; I stay free until the next request. */
  | 'dismissed'

/**
 * Follow-me: while control state names a leader (and it is not me), my camera follows their
 * viewport through tldraw's own following. If I stop (the button, or tldraw stopping because I
 * panned or zoomed), I am not pulled back until a facilitator starts follow-me again.
 */
export function useFollowLeader(
  editor: Editor | null,
  leaderPublicId: string | null,
  myPublicId: string,
): { status: FollowStatus; stop(): void; resume(): void } {
  const [dismissed, setDismissed] = useState(false)
  const [following, setFollowing] = useState(false)
  const isLeader = leaderPublicId === myPublicId

  // A new request, or the end of one, clears an earlier "look around myself".
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on every new leader value
  useEffect(() => setDismissed(false), [leaderPublicId])

  const wanted = editor !== null && leaderPublicId !== null && !isLeader && !dismissed
  useEffect(() => {
    if (!editor || !wanted || !leaderPublicId) return
    // The leader's connection is the only one whose presence can carry this id: the server
    // writes every presence's user id from its sender's admitted identity. So following this
    // id follows that person's connection; nothing a client writes (a name, a label) counts.
    const leaderUserId = userIdOf(leaderPublicId)
    let started = false
    let disposed = false
    const stopReacting = react('reflectiebord:follow-leader', () => {
      const followingId = editor.getInstanceState().followingUserId
      const present = editor.getCollaborators().some((c) => c.userId === leaderUserId)
      if (followingId === leaderUserId) {
        started = true
        setFollowing(true)
        return
      }
      setFollowing(false)
      if (started && present) {
        // tldraw let go while the leader is still here: the user moved away on purpose.
        setDismissed(true)
        return
      }
      // Not yet started, or the leader left for a moment: follow as soon as they are here.
      started = false
      if (present) {
        queueMicrotask(() => {
          if (!disposed) editor.startFollowingUser(leaderUserId)
        })
      }
    })
    return () => {
      disposed = true
      stopReacting()
      if (editor.getInstanceState().followingUserId === leaderUserId) editor.stopFollowingUser()
      setFollowing(false)
    }
  }, [editor, wanted, leaderPublicId])

  const status: FollowStatus =
    leaderPublicId === null || isLeader
      ? 'none'
      : dismissed
        ? 'dismissed'
        : following
          ? 'following'
          : 'waiting'
  return {
    status,
    stop: () => {
      setDismissed(true)
      editor?.stopFollowingUser()
    },
    resume: () => setDismissed(false),
  }
}
