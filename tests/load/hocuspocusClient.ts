import {
  HocuspocusProvider,
  HocuspocusProviderWebsocket,
  WebSocketStatus,
} from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { RoomClient } from './clients.ts'

/**
 * Hocuspocus's own provider (`@hocuspocus/provider` 3), as a Hocuspocus app uses it: one socket
 * per client, like the stock y-websocket clients of the other servers. Hocuspocus does not
 * speak the stock y-websocket protocol: every frame starts with the document name, and a
 * connection must send an authentication message (here an empty token, which a server without
 * an `onAuthenticate` hook accepts) before the server loads the document for it.
 */
export function connectHocuspocusClient(
  serverUrl: string,
  documentName: string,
  doc = new Y.Doc(),
): RoomClient {
  const socket = new HocuspocusProviderWebsocket({
    url: serverUrl,
    // The provider accepts any WebSocket-compatible constructor; `ws`, as the stock clients use.
    WebSocketPolyfill: WebSocket,
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
  })
  // With a socket of its own making, the provider attaches by itself; with one passed in it
  // waits to be attached.
  provider.attach()
  return {
    doc,
    isConnected: () => socket.status === WebSocketStatus.Connected && provider.isAuthenticated,
    isSynced: () => provider.isSynced,
    destroy() {
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}
