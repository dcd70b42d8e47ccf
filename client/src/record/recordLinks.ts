import { facilitatorLink, participantLink, sessionPath } from '../session/links.ts'

const RECORD_SUFFIX = 'verslag'

/**
 * The record page of a session, `/s/<id>/verslag`; with the facilitator key in the fragment,
 * as the facilitator link carries it (never sent to the server).
 */
export function recordLink(sessionId: string, facilitatorKey: string | null): string {
  const path = `${sessionPath(sessionId)}/${RECORD_SUFFIX}`
  return facilitatorKey
    ? `${path}${new URL(facilitatorLink(sessionId, facilitatorKey, 'http://localhost')).hash}`
    : path
}

/** The board the record page came from: the facilitator link if it was opened with the key. */
export function boardLink(sessionId: string, facilitatorKey: string | null): string {
  return facilitatorKey ? facilitatorLink(sessionId, facilitatorKey) : participantLink(sessionId)
}

/** The session id from a path such as `/s/<id>/verslag`, or null for any other path. */
export function readRecordSessionIdFromPath(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/verslag\/?$/.exec(pathname)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}
