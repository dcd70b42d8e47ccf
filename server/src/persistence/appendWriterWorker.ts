/**
 * Worker-thread entry of `AppendWriter`: commits batches of appended Yjs updates on a
 * connection of its own to the same database file, so that the commit's fsync blocks this
 * thread and not the server's event loop. Same durability as before: WAL with
 * synchronous=FULL, and a batch is reported only after its COMMIT returned.
 *
 * Self-contained on purpose (only node: modules): it runs outside any bundler or test
 * transform, straight from its file.
 */
import { DatabaseSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'

/** One queued `appendUpdates` call. */
export interface AppendItem {
  doc: string
  updates: readonly Uint8Array[]
}

export type AppendRequest = { kind: 'commit'; id: number; items: AppendItem[] } | { kind: 'close' }

/** Per item, in order: the sequence number of its last row, or why it was not stored. */
export type AppendOutcome = { ok: true; lastSeq: number } | { ok: false; error: string }

export interface AppendReply {
  id: number
  outcomes: AppendOutcome[]
}

export interface AppendWriterData {
  file: string
}

const port = parentPort
if (!port) throw new Error('appendWriterWorker runs only as a worker thread')
const { file } = workerData as AppendWriterData

const db = new DatabaseSync(file)
// Per connection: the main connection's settings do not carry over to this one.
db.exec('PRAGMA synchronous = FULL')
db.exec('PRAGMA busy_timeout = 5000')
db.exec('PRAGMA secure_delete = ON')
const insert = db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)')

function append(item: AppendItem): number {
  let lastSeq = 0
  for (const update of item.updates) lastSeq = Number(insert.run(item.doc, update).lastInsertRowid)
  return lastSeq
}

function transaction(work: () => void): void {
  db.exec('BEGIN IMMEDIATE')
  try {
    work()
    db.exec('COMMIT')
  } catch (err) {
    if (db.isTransaction) db.exec('ROLLBACK')
    throw err
  }
}

/**
 * Every item in one transaction (one fsync). Should that fail, each item is tried alone, so
 * that one document's failure is that document's only.
 */
function commit(items: readonly AppendItem[]): AppendOutcome[] {
  const seqs: number[] = []
  try {
    transaction(() => {
      for (const item of items) seqs.push(append(item))
    })
    return seqs.map((lastSeq) => ({ ok: true, lastSeq }))
  } catch {
    return items.map((item): AppendOutcome => {
      try {
        let lastSeq = 0
        transaction(() => {
          lastSeq = append(item)
        })
        return { ok: true, lastSeq }
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) }
      }
    })
  }
}

port.on('message', (request: AppendRequest) => {
  if (request.kind === 'close') {
    db.close()
    port.close()
    return
  }
  const reply: AppendReply = { id: request.id, outcomes: commit(request.items) }
  port.postMessage(reply)
})
