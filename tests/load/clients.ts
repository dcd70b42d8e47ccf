import { roomName, SessionDocument } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createSession } from '../support/sessions.ts'
import { connectProvider } from '../support/stockClient.ts'
import { ticketFor } from '../support/tickets.ts'
import { connectHocuspocusClient } from './hocuspocusClient.ts'
import type { Host } from './hostProcess.ts'

/** Where a stock provider connects: `serverUrl/roomname?params`. */
export interface RoomAddress {
  serverUrl: string
  roomname: string
  params: Record<string, string>
  /** Ours only: a fresh ticket for each connection (who connects goes in its request). */
  nextTicket?: () => Promise<string>
  /** Hocuspocus speaks its own protocol: its own provider connects (`roomname` is the document). */
  hocuspocus?: boolean
}

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

let roomCounter = 0

/** A client of any of the servers, as the fan-out part drives it: a document in a room. */
export interface RoomClient {
  doc: Y.Doc
  /** The socket is open (Hocuspocus: and the connection authenticated). */
  isConnected(): boolean
  /** The first sync with the server's document is done. */
  isSynced(): boolean
  destroy(): void
}

/**
 * A fresh room on the host. Ours needs a session made through the public API first, and a
 * ticket for every connection (one more HTTP request per connect, not per message); the
 * others take any path (Hocuspocus: any document name) and no parameters.
 */
export async function newRoom(host: Host): Promise<RoomAddress> {
  roomCounter++
  if (host.kind === 'ours') {
    const session = await createSession(`http://127.0.0.1:${host.port}`, `Benchmark ${roomCounter}`)
    return ourRoom(host.port, session.id)
  }
  return {
    serverUrl: `ws://127.0.0.1:${host.port}`,
    roomname: `bench-${roomCounter}/board`,
    params: {},
    ...(host.kind === 'hocuspocus' ? { hocuspocus: true } : {}),
  }
}

/** Our server's address for an existing session's board. */
export function ourRoom(port: number, sessionId: string): RoomAddress {
  return {
    serverUrl: `ws://127.0.0.1:${port}/yjs`,
    roomname: roomName(sessionId, SessionDocument.Board),
    params: {},
    nextTicket: () => ticketFor(`http://127.0.0.1:${port}`, sessionId, { name: 'Deelnemer' }),
  }
}

/** The unmodified y-websocket provider, as any Yjs app uses it. */
export function connectClient(room: RoomAddress, doc = new Y.Doc()): BenchClient {
  return connectProvider(room.serverUrl, room.roomname, room.params, doc, room.nextTicket)
}

/** The client each server is used with: the stock y-websocket provider, Hocuspocus's own. */
export function connectRoomClient(room: RoomAddress, doc = new Y.Doc()): RoomClient {
  if (room.hocuspocus) return connectHocuspocusClient(room.serverUrl, room.roomname, doc)
  const client = connectClient(room, doc)
  return {
    doc: client.doc,
    isConnected: () => client.provider.wsconnected,
    isSynced: () => client.provider.synced,
    destroy: () => client.destroy(),
  }
}
