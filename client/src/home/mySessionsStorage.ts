import type { CreatedSession } from '@reflectiebord/shared'
import { readStoredJson, writeStoredJson } from '../state/storage.ts'

/** The sessions this browser created, with their facilitator keys. Never sent anywhere. */
const MY_SESSIONS_KEY = 'mySessions'

export type MySession = Pick<CreatedSession, 'id' | 'title' | 'createdAt' | 'facilitatorKey'>

function isMySession(value: unknown): value is MySession {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.createdAt === 'number' &&
    typeof candidate.facilitatorKey === 'string'
  )
}

/** Newest first. */
export function readMySessions(): MySession[] {
  const stored = readStoredJson(MY_SESSIONS_KEY)
  if (!Array.isArray(stored)) return []
  return stored.filter(isMySession).sort((a, b) => b.createdAt - a.createdAt)
}

export function addMySession(session: MySession): MySession[] {
  const { id, title, createdAt, facilitatorKey } = session
  const next = [
    { id, title, createdAt, facilitatorKey },
    ...readMySessions().filter((s) => s.id !== id),
  ]
  writeStoredJson(MY_SESSIONS_KEY, next)
  return readMySessions()
}

export function forgetMySession(id: string): MySession[] {
  writeStoredJson(
    MY_SESSIONS_KEY,
    readMySessions().filter((s) => s.id !== id),
  )
  return readMySessions()
}
