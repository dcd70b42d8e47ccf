import { CloseCode, roomName, SessionDocument } from '@reflectiebord/shared'
import { removeSessionAssets } from '../assets/removeSessionAssets.ts'
import type { PresenceTracker } from '../control/PresenceTracker.ts'
import type { SessionControl } from '../control/SessionControl.ts'
import type { Logger } from '../logger.ts'
import type { SqliteStore } from '../persistence/SqliteStore.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'

export interface SessionDeletionDeps {
  store: SqliteStore
  rooms: RoomRegistry
  control: SessionControl
  presence: PresenceTracker
  dataDir: string
  logger: Logger
}

/**
 * Deletes a session for good: everyone in it is disconnected with "session not found", its
 * documents, submissions and pictures are removed from disk, and nothing of it stays in memory.
 * Cases may touch real families; a team must be able to make a board disappear.
 */
export async function deleteSession(deps: SessionDeletionDeps, sessionId: string): Promise<void> {
  // First the database, so that nothing the closing connections trigger can write it back.
  deps.store.deleteSession(sessionId)
  deps.presence.forget(sessionId)
  deps.control.forget(sessionId)
  for (const document of Object.values(SessionDocument)) {
    deps.rooms
      .get(roomName(sessionId, document))
      ?.discard(CloseCode.SessionNotFound, 'session deleted')
  }
  deps.store.checkpoint()
  await removeSessionAssets(deps.dataDir, sessionId)
  deps.logger.info('session deleted', { session: sessionId })
}
