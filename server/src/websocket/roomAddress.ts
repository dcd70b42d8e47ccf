import {
  isSessionId,
  type SessionDocument,
  sessionDocuments,
  YJS_PATH_PREFIX,
} from '@reflectiebord/shared'

export interface RoomAddress {
  sessionId: string
  document: SessionDocument
  params: URLSearchParams
}

export type AddressResult =
  | { kind: 'room'; address: RoomAddress }
  /** Under /yjs but naming no possible room: answered with a websocket close code. */
  | { kind: 'unknown-room' }
  /** Not a websocket address of ours at all: answered with plain HTTP 404. */
  | { kind: 'not-ours' }

/** Reads `/yjs/<sessionId>/<document>?ticket=…` from an upgrade request URL. */
export function parseRoomAddress(url: string | undefined): AddressResult {
  let parsed: URL
  try {
    parsed = new URL(url ?? '/', 'http://localhost')
  } catch {
    return { kind: 'not-ours' }
  }
  const path = parsed.pathname
  if (path !== YJS_PATH_PREFIX && !path.startsWith(`${YJS_PATH_PREFIX}/`))
    return { kind: 'not-ours' }
  const parts = path.slice(YJS_PATH_PREFIX.length + 1).split('/')
  const [sessionId, document] = parts
  if (parts.length !== 2 || !sessionId || !document) return { kind: 'unknown-room' }
  if (!isSessionId(sessionId) || !sessionDocuments.has(document)) return { kind: 'unknown-room' }
  return {
    kind: 'room',
    address: { sessionId, document: document as SessionDocument, params: parsed.searchParams },
  }
}
