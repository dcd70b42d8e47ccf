/**
 * The Yjs documents a session has. Each is its own y-websocket room, named
 * `<sessionId>/<document>`, so the stock provider reaches it at `/yjs/<sessionId>/<document>`.
 * Session control (facilitators write, everyone reads) arrives as a second document later;
 * keeping them apart is what lets the server make one of them read-only per connection.
 */
export const SessionDocument = {
  Board: 'board',
} as const
export type SessionDocument = (typeof SessionDocument)[keyof typeof SessionDocument]

export const sessionDocuments: ReadonlySet<string> = new Set(Object.values(SessionDocument))

/** The URL path prefix under which the websocket rooms live. */
export const YJS_PATH_PREFIX = '/yjs'

/** The name of the Y.Map that holds tldraw records, one record per key. */
export const BOARD_RECORDS_MAP = 'tldraw'
/** The name of the Y.Map that holds the board's metadata, such as tldraw's schema. */
export const BOARD_META_MAP = 'meta'

export function roomName(sessionId: string, document: SessionDocument): string {
  return `${sessionId}/${document}`
}
