import { CloseCode } from '@reflectiebord/shared'
import type { AssetStore } from '../assets/AssetStore.ts'
import type { Logger } from '../logger.ts'
import type { SqliteStore } from '../persistence/SqliteStore.ts'
import type { LiveSessions } from './LiveSessions.ts'
import type { SessionActivity } from './SessionActivity.ts'

export interface SessionDeletionDeps {
  store: SqliteStore
  live: LiveSessions
  assets: AssetStore
  activity: SessionActivity
  logger: Logger
}

/**
 * Deletes a session for good: everyone in it is disconnected with "session not found", its
 * documents, submissions and pictures are removed from disk, and nothing of it stays in memory.
 * Cases may touch real families; a team must be able to make a board disappear. The delete
 * button and the retention sweep both come here: there is one way to delete a session.
 */
export async function deleteSession(deps: SessionDeletionDeps, sessionId: string): Promise<void> {
  const rooms = deps.live.peek(sessionId)?.loadedRooms() ?? []
  // First the database, so that nothing the closing connections trigger can write it back.
  deps.store.deleteSession(sessionId)
  deps.activity.forget(sessionId)
  deps.live.forget(sessionId)
  for (const room of rooms) room.discard(CloseCode.SessionNotFound, 'session deleted')
  deps.store.checkpoint()
  await deps.assets.removeAll(sessionId)
  deps.logger.info('session deleted', { session: sessionId })
}
