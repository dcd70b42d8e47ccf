import { roomName, SessionDocument } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createSession } from '../support/sessions.ts'
import { connectProvider } from '../support/stockClient.ts'
import type { Host } from './hostProcess.ts'

/** Where a stock provider connects: `serverUrl/roomname?params`. */
export interface RoomAddress {
  serverUrl: string
  roomname: string
  params: Record<string, string>
}

export interface BenchClient {
  doc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

let roomCounter = 0

/**
 * A fresh room on the host. Ours needs a session made through the public API first; the other
 * two take any path. The query string is the same for all three (the others ignore it).
 */
export async function newRoom(host: Host): Promise<RoomAddress> {
  roomCounter++
  const params = { name: 'Deelnemer' }
  if (host.kind === 'ours') {
    const session = await createSession(`http://127.0.0.1:${host.port}`, `Benchmark ${roomCounter}`)
    return {
      serverUrl: `ws://127.0.0.1:${host.port}/yjs`,
      roomname: roomName(session.id, SessionDocument.Board),
      params,
    }
  }
  return {
    serverUrl: `ws://127.0.0.1:${host.port}`,
    roomname: `bench-${roomCounter}/board`,
    params,
  }
}

/** Our server's address for an existing session's board. */
export function ourRoom(port: number, sessionId: string): RoomAddress {
  return {
    serverUrl: `ws://127.0.0.1:${port}/yjs`,
    roomname: roomName(sessionId, SessionDocument.Board),
    params: { name: 'Deelnemer' },
  }
}

/** The unmodified y-websocket provider, as any Yjs app uses it. */
export function connectClient(room: RoomAddress, doc = new Y.Doc()): BenchClient {
  return connectProvider(room.serverUrl, room.roomname, room.params, doc)
}
