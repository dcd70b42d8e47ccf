import { roomName, SessionDocument } from '@reflectiebord/shared'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface StockClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/**
 * The unmodified y-websocket `WebsocketProvider`, as any Yjs app would use it, pointed at a
 * session's board. Only the URL parameters are ours.
 */
export function connectStockClient(
  wsUrl: string,
  sessionId: string,
  params: Record<string, string> = { name: 'Testpersoon' },
  document: SessionDocument = SessionDocument.Board,
): StockClient {
  return connectProvider(wsUrl, roomName(sessionId, document), params)
}

/** The stock provider for any y-websocket server: `serverUrl/roomname?params`. */
export function connectProvider(
  serverUrl: string,
  roomname: string,
  params: Record<string, string>,
  doc = new Y.Doc(),
): StockClient {
  const provider = new WebsocketProvider(serverUrl, roomname, doc, {
    // y-websocket accepts any WebSocket-compatible constructor; ws's types differ in details.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
  })
  return {
    doc,
    provider,
    destroy() {
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
