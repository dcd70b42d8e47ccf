import { roomName, SessionDocument } from '@reflectiebord/shared'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { driveWithTickets } from './ticketDriver.ts'
import { httpBaseOf, ticketFor } from './tickets.ts'

export interface StockClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/**
 * The unmodified y-websocket `WebsocketProvider`, as any Yjs app would use it, pointed at a
 * session's board. `params` say who connects, as the websocket's parameters once did (`name`,
 * `pid`, `key`); they go to a ticket request (credentials in headers), and only the ticket
 * goes in the URL, a fresh one for every connection.
 */
export function connectStockClient(
  wsUrl: string,
  sessionId: string,
  params: Record<string, string> = { name: 'Testpersoon' },
  document: SessionDocument = SessionDocument.Board,
): StockClient {
  const { name, pid, key } = params
  const base = httpBaseOf(wsUrl)
  return connectProvider(wsUrl, roomName(sessionId, document), {}, new Y.Doc(), () =>
    ticketFor(base, sessionId, { name, pid, key }),
  )
}

/**
 * The stock provider for any y-websocket server: `serverUrl/roomname?params`. With
 * `nextTicket` (our server), every connection carries a fresh ticket (see `driveWithTickets`).
 */
export function connectProvider(
  serverUrl: string,
  roomname: string,
  params: Record<string, string>,
  doc = new Y.Doc(),
  nextTicket?: () => Promise<string>,
): StockClient {
  const provider = new WebsocketProvider(serverUrl, roomname, doc, {
    // y-websocket accepts any WebSocket-compatible constructor; ws's types differ in details.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
    connect: nextTicket === undefined,
  })
  const stop = nextTicket ? driveWithTickets(provider, nextTicket) : () => undefined
  return {
    doc,
    provider,
    destroy() {
      stop()
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Resolves when `check` holds, polling; rejects with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolveWait) => setTimeout(resolveWait, 20))
  }
}

export function waitForSynced(client: StockClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, 'the provider to sync', timeoutMs)
}
