import { readStored, writeStored } from '../state/storage.ts'

/**
 * The name this tab joined a session with. A reload then opens the board at once under the
 * same name instead of asking again; a new tab asks (with the name filled in), so two people
 * sharing a computer are not mixed up. Kept for the tab only (sessionStorage).
 */
const keyFor = (sessionId: string) => `joinedAs:${sessionId}`

export function joinedAs(sessionId: string): string | null {
  const name = readStored(keyFor(sessionId), 'session')
  return name && name.trim() !== '' ? name : null
}

export function rememberJoinedAs(sessionId: string, name: string): void {
  writeStored(keyFor(sessionId), name, 'session')
}
