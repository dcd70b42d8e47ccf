import { roomName, type SessionDocument, YJS_PATH_PREFIX } from '@reflectiebord/shared'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { isPermanentRefusal } from './refusals.ts'

/** Who this browser is to the server: the same on every document of the session. */
export interface SessionIdentity {
  sessionId: string
  displayName: string
  participantId: string
  facilitatorKey: string | null
}

/** `ws(s)://host` of the page: the websocket rooms live on the same origin as the app. */
export function websocketOrigin(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`
}

/**
 * The stock y-websocket provider for one document of the session, not yet connected.
 * y-websocket gives up on every 44xx close code; we give up only on refusals a new connection
 * cannot get past, and retry after 4400 (a malformed frame) with a fresh sync.
 */
export function createSessionProvider(
  identity: SessionIdentity,
  document: SessionDocument,
  doc: Y.Doc,
): WebsocketProvider {
  return new WebsocketProvider(
    `${websocketOrigin()}${YJS_PATH_PREFIX}`,
    roomName(identity.sessionId, document),
    doc,
    {
      connect: false,
      params: {
        name: identity.displayName,
        pid: identity.participantId,
        ...(identity.facilitatorKey ? { key: identity.facilitatorKey } : {}),
      },
      shouldReconnect: (event) => !isPermanentRefusal(event.code),
    },
  )
}
