import {
  roomName,
  type SessionDocument,
  ticketRefusalCloseCode,
  YJS_PATH_PREFIX,
} from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { requestTicket } from '../api/apiClient.ts'
import { isPermanentRefusal } from './refusals.ts'
import { TicketedProvider, type TicketOutcome } from './ticketedProvider.ts'

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
 * The stock y-websocket provider for one document of the session, not yet connected. Each
 * connection asks for a ticket first (the participant id and key go in its headers, so no URL
 * carries them; see `TicketedProvider`). y-websocket gives up on every 44xx close code; we
 * give up only on refusals a new connection cannot get past, and retry after 4400 (a
 * malformed frame) with a fresh sync.
 */
export function createSessionProvider(
  identity: SessionIdentity,
  document: SessionDocument,
  doc: Y.Doc,
): WebsocketProvider {
  return new TicketedProvider(
    `${websocketOrigin()}${YJS_PATH_PREFIX}`,
    roomName(identity.sessionId, document),
    doc,
    {
      connect: false,
      nextTicket: (signal) => ticketFor(identity, signal),
      shouldReconnect: (event) => !isPermanentRefusal(event.code),
    },
  )
}

async function ticketFor(identity: SessionIdentity, signal: AbortSignal): Promise<TicketOutcome> {
  const result = await requestTicket(
    identity.sessionId,
    { participantId: identity.participantId, facilitatorKey: identity.facilitatorKey },
    identity.displayName,
    signal,
  )
  if (result.ok) return { ok: true, ticket: result.value.ticket }
  // No network, or an answer that is not ours (a proxy's error page): try again later.
  if (result.kind !== 'api') return { ok: false, refusal: null }
  const code = ticketRefusalCloseCode(result.status)
  return { ok: false, refusal: code === null ? null : { code, reason: result.code } }
}
