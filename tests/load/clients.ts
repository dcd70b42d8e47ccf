import { roomName, SessionDocument } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createSession } from '../support/sessions.ts'
import { connectProvider } from '../support/stockClient.ts'
import { ticketFor } from '../support/tickets.ts'
import type { Host } from './hostProcess.ts'

/** Where a stock provider connects: `serverUrl/roomname?params`. */
export interface RoomAddress {
  serverUrl: string
  roomname: string
  params: Record<string, string>
  /** Ours only: a fresh ticket for each connection (who connects goes in its request). */
  nextTicket?: () => Promise<string>
}

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

let roomCounter = 0

/**
 * A fresh room on the host. Ours needs a session made through the public API first, and a
 * ticket for every connection (one more HTTP request per connect, not per message); the other
 * two take any path and no parameters.
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
