import { SqliteStore } from '@reflectiebord/server'
import { BOARD_RECORDS_MAP, newSessionId, roomName, SessionDocument } from '@reflectiebord/shared'
import * as Y from 'yjs'
import { fillBoard, noteShape, seededRandom } from './board.ts'
import { type BenchClient, connectClient, ourRoom } from './clients.ts'
import { startHost } from './hostProcess.ts'
import type { HostStats } from './hostProtocol.ts'
import { sleep, until } from './stats.ts'

export interface MemoryOptions {
  rooms: number
  shapes: number
}

export interface MemoryResult {
  rooms: number
  shapes: number
  /** Bytes of one stored board (its compacted snapshot). */
  boardBytes: number
  gcForced: boolean
  /** Per room with one connected client: document, awareness, connection, socket. */
  withClient: MemoryDelta
  /** Per room after its client left (the room stays loaded until it idles out). */
  documentOnly: MemoryDelta
  loadMs: number
}

export interface MemoryDelta {
  heapUsed: number
  rss: number
  /** Memory outside the V8 heap that V8 knows of (Buffers, typed arrays). */
  external: number
}

/**
 * Memory per loaded room on our server: seed R boards into a fresh database, start the
 * server in its own process, load every room with one stock client and compare the server's
 * memory (after forced GC) before and after, divided by R. One warm-up room is loaded first so
 * that the baseline already includes the code paths and caches a first room brings.
 */
export async function measureMemoryPerRoom(
  dataDir: string,
  options: MemoryOptions,
): Promise<MemoryResult> {
  const { sessionIds, boardBytes } = await seed(dataDir, options.rooms + 1, options.shapes)
  const host = await startHost('ours', { dataDir, roomIdleMs: 600_000 })
  const clients: BenchClient[] = []
  try {
    const connect = async (ids: readonly string[]): Promise<BenchClient[]> => {
      const batch = ids.map((id) => connectClient(ourRoom(host.port, id)))
      await until(
        () =>
          batch.every(
            (c) => c.provider.synced && c.doc.getMap(BOARD_RECORDS_MAP).size === options.shapes + 2,
          ),
        `${ids.length} boards to load`,
        60_000,
      )
      return batch
    }
    const [warmUpId, ...roomIds] = sessionIds
    if (!warmUpId) throw new Error('no warm-up room')
    clients.push(...(await connect([warmUpId])))
    await sleep(200)
    const base = await host.stats(true)

    const started = performance.now()
    const loaded = await connect(roomIds)
    const loadMs = performance.now() - started
    clients.push(...loaded)
    await sleep(300)
    const withClients = await host.stats(true)
    // Each session joined loads two documents: its board, and its session control (which
    // records who is present). The figures below are per session, both together.
    const expected = 2 * (roomIds.length + 1)
    if (withClients.rooms !== expected) {
      throw new Error(`expected ${expected} rooms in memory, the server has ${withClients.rooms}`)
    }

    for (const client of loaded) client.destroy()
    await until(() => loaded.every((c) => !c.provider.wsconnected), 'clients to disconnect', 10_000)
    await sleep(500)
    const withoutClients = await host.stats(true)

    return {
      rooms: roomIds.length,
      shapes: options.shapes,
      boardBytes,
      gcForced: base.gcAvailable,
      withClient: perRoom(base, withClients, roomIds.length),
      documentOnly: perRoom(base, withoutClients, roomIds.length),
      loadMs,
    }
  } finally {
    for (const client of clients) client.destroy()
    await host.close()
  }
}

function perRoom(before: HostStats, after: HostStats, rooms: number): MemoryDelta {
  return {
    heapUsed: (after.memory.heapUsed - before.memory.heapUsed) / rooms,
    rss: (after.memory.rss - before.memory.rss) / rooms,
    external: (after.memory.external - before.memory.external) / rooms,
  }
}

/**
 * Writes `count` sessions, each with a board of `shapes` sticky notes that has been edited
 * (every note moved once more), stored compacted as the server leaves it after a session.
 */
async function seed(
  dataDir: string,
  count: number,
  shapes: number,
): Promise<{ sessionIds: string[]; boardBytes: number }> {
  const store = new SqliteStore(dataDir)
  const sessionIds: string[] = []
  let boardBytes = 0
  try {
    for (let i = 0; i < count; i++) {
      const id = newSessionId()
      await store.createSession({
        id,
        title: `Intervisie ${i}`,
        facilitatorKeyHash: '00',
        createdAt: Date.now(),
      })
      const doc = new Y.Doc()
      fillBoard(doc, shapes, i + 1)
      const random = seededRandom(1000 + i)
      const records = doc.getMap<unknown>(BOARD_RECORDS_MAP)
      for (let s = 0; s < shapes; s++) {
        const key = `shape:${i + 1}-${s}`
        records.set(key, noteShape(key, s, random))
      }
      const snapshot = Y.encodeStateAsUpdate(doc)
      boardBytes = snapshot.length
      await store.appendUpdates(roomName(id, SessionDocument.Board), [snapshot])
      doc.destroy()
      sessionIds.push(id)
    }
  } finally {
    await store.close()
  }
  return { sessionIds, boardBytes }
}
