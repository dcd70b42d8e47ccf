import { CloseCode } from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { Store } from '../persistence/Store.ts'
import type { LiveSessions } from './LiveSessions.ts'
import type { SessionActivity } from './SessionActivity.ts'

export interface SessionDeletionDeps {
  store: Store
  live: LiveSessions
  activity: SessionActivity
  logger: Logger
  /** With several nodes: what Redis holds of the session goes too. */
  forgetShared?(sessionId: string): Promise<void>
  /** With several nodes: this node takes back who it had in the session, another deleted. */
  withdrawPresence?(sessionId: string): Promise<void>
}

/**
 * Deletes a session for good: everyone in it is disconnected with "session not found", its
 * documents, submissions and pictures are removed from disk, and nothing of it stays in memory.
 * Cases may touch real families; a team must be able to make a board disappear. The delete
 * button and the retention sweep both come here: there is one way to delete a session.
 */
export async function deleteSession(deps: SessionDeletionDeps, sessionId: string): Promise<void> {
  // First the database, so that nothing the closing connections trigger can write it back.
  await deps.store.deleteSession(sessionId)
  // A write that was already under way may have landed after the deletion: delete again.
  if (await closeHere(deps, sessionId)) await deps.store.deleteSession(sessionId)
  await deps.store.scrub()
  await deps.forgetShared?.(sessionId)
  deps.logger.info('session deleted', { session: sessionId })
}

/**
 * Another node deleted the session: this node closes its connections and forgets it too.
 * A write of this node that was under way may have landed after that node's deletion, so
 * the session's rows are deleted again once the rooms have settled.
 */
export async function forgetDeletedSession(
  deps: SessionDeletionDeps,
  sessionId: string,
): Promise<void> {
  if (!(await closeHere(deps, sessionId))) return
  await deps.store.deleteSession(sessionId)
  await deps.store.scrub()
  // After the rows: a Redis that is away must not keep them on disk.
  await deps
    .withdrawPresence?.(sessionId)
    .catch((err: unknown) =>
      deps.logger.warn('taking back presence failed', { session: sessionId, error: String(err) }),
    )
  deps.logger.info('session deleted on another node', { session: sessionId })
}

/**
 * Closes this node's connections to the session with "session not found" and forgets it;
 * settles once the rooms' writes under way are done. True when a room of it was loaded.
 */
async function closeHere(deps: SessionDeletionDeps, sessionId: string): Promise<boolean> {
  const rooms = deps.live.peek(sessionId)?.loadedRooms() ?? []
  deps.activity.forget(sessionId)
  deps.live.forget(sessionId)
  await Promise.all(rooms.map((room) => room.discard(CloseCode.SessionNotFound, 'session deleted')))
  return rooms.length > 0
}
