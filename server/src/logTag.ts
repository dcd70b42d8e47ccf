import { createHash } from 'node:crypto'

/**
 * What a log line says instead of a session id: the id is the participant link's secret (who
 * has it may join), and logs travel further than the database. The first 12 hex digits of its
 * SHA-256: the same session always has the same tag, so lines can be followed, and an operator
 * who has the id can find its lines; the tag gives no way back to the id.
 */
export function sessionLogTag(sessionId: string): string {
  return `s-${createHash('sha256').update(sessionId).digest('hex').slice(0, 12)}`
}

/** A room name (`<sessionId>/<document>`) with its session id replaced by the tag. */
export function roomLogTag(room: string): string {
  const slash = room.indexOf('/')
  if (slash < 0) return sessionLogTag(room)
  return `${sessionLogTag(room.slice(0, slash))}${room.slice(slash)}`
}
