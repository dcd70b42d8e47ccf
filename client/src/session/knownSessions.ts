import type { SessionInfo } from '@reflectiebord/shared'
import { readStoredJson, writeStoredJson } from '../state/storage.ts'

/**
 * The last known title of each session this browser opened, so that a board kept in IndexedDB
 * can still open (with its title) when the server cannot be reached.
 */
const KNOWN_SESSIONS_KEY = 'knownSessions'
const MAX_REMEMBERED = 50

type KnownSessions = Record<string, SessionInfo>

function readAll(): KnownSessions {
  const stored = readStoredJson(KNOWN_SESSIONS_KEY)
  if (typeof stored !== 'object' || stored === null) return {}
  const result: KnownSessions = {}
  for (const [id, value] of Object.entries(stored)) {
    const info = value as Partial<SessionInfo> | null
    if (info && typeof info.title === 'string' && typeof info.createdAt === 'number') {
      result[id] = { id, title: info.title, createdAt: info.createdAt }
    }
  }
  return result
}

export function rememberSession(info: SessionInfo): void {
  const all = readAll()
  delete all[info.id]
  all[info.id] = { id: info.id, title: info.title, createdAt: info.createdAt }
  // Keep the most recently opened ones; object key order is insertion order.
  const entries = Object.entries(all).slice(-MAX_REMEMBERED)
  writeStoredJson(KNOWN_SESSIONS_KEY, Object.fromEntries(entries))
}

export function knownSession(id: string): SessionInfo | null {
  return readAll()[id] ?? null
}
