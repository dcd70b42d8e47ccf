/**
 * The Yjs documents a session has. Each is its own y-websocket room, named
 * `<sessionId>/<document>`, so the stock provider reaches it at `/yjs/<sessionId>/<document>`.
 * Keeping board and control apart is what lets the server make control read-only for every
 * client without ever refusing a board update (which would leave a client diverging).
 */
export const SessionDocument = {
  Board: 'board',
  /** Session control: everyone reads, only the server writes (on a facilitator's command). */
  Control: 'control',
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
