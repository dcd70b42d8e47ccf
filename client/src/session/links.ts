/**
 * The two links of a session. The facilitator key travels in the URL fragment, which browsers
 * never send to the server, so it stays out of access logs and Referer headers.
 */
const FACILITATOR_FRAGMENT_KEY = 'begeleider'

export function sessionPath(sessionId: string): string {
  return `/s/${encodeURIComponent(sessionId)}`
}

export function participantLink(sessionId: string, origin = location.origin): string {
  return `${origin}${sessionPath(sessionId)}`
}

export function facilitatorLink(
  sessionId: string,
  facilitatorKey: string,
  origin = location.origin,
): string {
  return `${participantLink(sessionId, origin)}#${FACILITATOR_FRAGMENT_KEY}=${encodeURIComponent(facilitatorKey)}`
}

/** The facilitator key from a location hash such as `#begeleider=abc`, or null. */
export function readFacilitatorKey(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  const key = params.get(FACILITATOR_FRAGMENT_KEY)
  return key && key.length > 0 ? key : null
}

/** The session id from a path such as `/s/<id>`, or null for any other path. */
export function readSessionIdFromPath(pathname: string): string | null {
  const match = /^\/s\/([^/]+)\/?$/.exec(pathname)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}
