import { type SessionInfo, SessionInfoSchema } from '@reflectiebord/shared'
import * as v from 'valibot'
import { lenientRecord, readStoredWith, writeStoredJson } from '../state/storage.ts'

/**
 * The last known title of each session this browser opened, so that a board kept in IndexedDB
 * can still open (with its title) when the server cannot be reached.
 */
const KNOWN_SESSIONS_KEY = 'knownSessions'
const MAX_REMEMBERED = 50

type KnownSessions = Record<string, SessionInfo>

// Keyed by session id; the key, not a stored `id` field, says which session an entry is for.
const KnownSessionsSchema = lenientRecord(v.pick(SessionInfoSchema, ['title', 'createdAt']))

function readAll(): KnownSessions {
  const stored = readStoredWith(KNOWN_SESSIONS_KEY, KnownSessionsSchema, {})
  const result: KnownSessions = {}
  for (const [id, { title, createdAt }] of Object.entries(stored)) {
    result[id] = { id, title, createdAt }
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

/** For a session the server says is gone: its title is not kept either. */
export function forgetKnownSession(id: string): void {
  const all = readAll()
  if (!(id in all)) return
  delete all[id]
  writeStoredJson(KNOWN_SESSIONS_KEY, all)
}
