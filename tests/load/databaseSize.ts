import { statSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE_NAME, ReflectiebordServer } from '@reflectiebord/server'
import { roomName, SessionDocument } from '@reflectiebord/shared'
import * as Y from 'yjs'

export interface DatabaseSizeOptions {
  updates: number
  /** `compactEvery` of the server; use a huge one for the uncompacted log. */
  compactEvery: number
}

export interface DatabaseSizeResult {
  updates: number
  compactEvery: number
  /** Sum of the Yjs updates' own sizes. */
  updateBytes: number
  /** Rows of the document in the log when all updates are in. */
  rows: number
  dbBytes: number
  walBytes: number
  /** `Y.encodeStateAsUpdate` of the final document: what compaction stores. */
  snapshotBytes: number
  /** Storing all updates (each its own transaction, as for a lone editor), per second. */
  commitsPerSecond: number
  /** Loading the room from this log into a fresh server. */
  loadMs: number
  /** The reloaded document equals the writer's. */
  reloadMatches: boolean
  /** After an explicit compaction and a clean shutdown (WAL checkpointed). */
  afterCompaction: {
    rows: number
    dbBytes: number
    walBytes: number
    freePages: number
    pageSize: number
  }
}

/** One small edit: a sticky note moved (a Y.Map key set to a small record). */
function edit(doc: Y.Doc, k: number): void {
  doc
    .getMap<unknown>('notes')
    .set(`note:${k % 50}`, { x: (k * 7) % 4000, y: (k * 13) % 3000, by: k % 5 })
}

/**
 * Appends `updates` small updates to one document through our server's own room (the path a
 * websocket update takes after parsing: the room's document, its queue and group commit), one
 * event-loop turn each, so every update is its own transaction. Then measures the files, the
 * snapshot compaction would write, reloading, and the files after compaction.
 */
export async function measureDatabaseSize(
  dataDir: string,
  options: DatabaseSizeOptions,
): Promise<DatabaseSizeResult> {
  let server = await ReflectiebordServer.start({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: 'silent',
    compactEvery: options.compactEvery,
    roomIdleMs: 600_000,
  })
  const file = join(dataDir, DATABASE_FILE_NAME)
  const name = roomName((await server.sessions.create('Database size')).id, SessionDocument.Board)
  const writer = new Y.Doc()
  let updateBytes = 0
  let closed = false
  try {
    const room = await server.rooms.open(name, () => true)
    writer.on('update', (update: Uint8Array) => {
      updateBytes += update.length
      Y.applyUpdate(room.doc, update)
    })
    const started = performance.now()
    for (let k = 0; k < options.updates; k++) {
      edit(writer, k)
      // The room stores at the end of the turn; wait for it, so each update is one commit.
      await new Promise((resolve) => setImmediate(resolve))
    }
    const commitsPerSecond = (options.updates * 1000) / (performance.now() - started)
    // A compaction scheduled by the last flush runs on a timer; let it.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const rows = await server.store.countUpdates(name)
    const { dbBytes, walBytes } = sizes(file)
    const snapshotBytes = Y.encodeStateAsUpdate(writer).length

    // Reload in a fresh server, as after a restart.
    closed = true
    await server.close()
    closed = false
    server = await ReflectiebordServer.start({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      logLevel: 'silent',
      compactEvery: 1_000_000,
      roomIdleMs: 600_000,
    })
    const loadStarted = performance.now()
    const reloaded = await server.rooms.open(name, () => true)
    const loadMs = performance.now() - loadStarted
    const reloadMatches =
      Buffer.compare(Y.encodeStateVector(reloaded.doc), Y.encodeStateVector(writer)) === 0 &&
      JSON.stringify(reloaded.doc.getMap('notes').toJSON()) ===
        JSON.stringify(writer.getMap('notes').toJSON())

    await reloaded.compact()
    const compactedRows = await server.store.countUpdates(name)
    closed = true
    await server.close()
    const after = sizes(file)
    const db = new DatabaseSync(file, { readOnly: true })
    const freePages = (db.prepare('PRAGMA freelist_count').get() as { freelist_count: number })
      .freelist_count
    const pageSize = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size
    db.close()

    return {
      updates: options.updates,
      compactEvery: options.compactEvery,
      updateBytes,
      rows,
      dbBytes,
      walBytes,
      snapshotBytes,
      commitsPerSecond,
      loadMs,
      reloadMatches,
      afterCompaction: { rows: compactedRows, ...after, freePages, pageSize },
    }
  } finally {
    writer.destroy()
    if (!closed) await server.close()
  }
}

function sizes(file: string): { dbBytes: number; walBytes: number } {
  const size = (path: string) => {
    try {
      return statSync(path).size
    } catch {
      return 0
    }
  }
  return { dbBytes: size(file), walBytes: size(`${file}-wal`) }
}
