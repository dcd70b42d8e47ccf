/**
 * Worker-thread entry of `LogWriter`: commits batches of writes to the update log (appended
 * Yjs updates, compactions) on a connection of its own to the same database file, so that the
 * commit's fsync blocks this thread and not the server's event loop. Same durability as
 * before: WAL with synchronous=FULL, and a batch is reported only after its COMMIT returned.
 *
 * Self-contained on purpose (only node: modules): it runs outside any bundler or test
 * transform, straight from its file.
 */
import { DatabaseSync } from 'node:sqlite'
import { parentPort, workerData } from 'node:worker_threads'

/**
 * One write asked of the log. `append`: rows added to a document. `compact`: every row of the
 * document up to `upToSeq` replaced by one snapshot row, atomically.
 */
export type LogOp =
  | { kind: 'append'; doc: string; updates: readonly Uint8Array[] }
  | { kind: 'compact'; doc: string; snapshot: Uint8Array; upToSeq: number }

export type LogRequest = { kind: 'commit'; ops: LogOp[] } | { kind: 'close' }

/** Per op, in order: the sequence number of its last row, or why it was not stored. */
export type LogOutcome = { ok: true; lastSeq: number } | { ok: false; error: string }

export interface LogReply {
  outcomes: LogOutcome[]
}

export interface LogWriterData {
  file: string
}

const port = parentPort
if (!port) throw new Error('logWriterWorker runs only as a worker thread')
const { file } = workerData as LogWriterData

const db = new DatabaseSync(file)
// Per connection: the main connection's settings do not carry over to this one.
db.exec('PRAGMA synchronous = FULL')
db.exec('PRAGMA busy_timeout = 5000')
// Compacted rows are overwritten, not left readable in free pages of the file.
db.exec('PRAGMA secure_delete = ON')
const insert = db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)')
const deleteUpTo = db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?')

function apply(op: LogOp): number {
  if (op.kind === 'compact') {
    deleteUpTo.run(op.doc, op.upToSeq)
    return Number(insert.run(op.doc, op.snapshot).lastInsertRowid)
  }
  let lastSeq = 0
  for (const update of op.updates) lastSeq = Number(insert.run(op.doc, update).lastInsertRowid)
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
 * Every op in one transaction (one fsync). Should that fail, each op is tried alone, so that
 * one document's failure is that document's only.
 */
function commit(ops: readonly LogOp[]): LogOutcome[] {
  const seqs: number[] = []
  try {
    transaction(() => {
      for (const op of ops) seqs.push(apply(op))
    })
    return seqs.map((lastSeq) => ({ ok: true, lastSeq }))
  } catch {
    return ops.map((op): LogOutcome => {
      try {
        let lastSeq = 0
        transaction(() => {
          lastSeq = apply(op)
        })
        return { ok: true, lastSeq }
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) }
      }
    })
  }
}

port.on('message', (request: LogRequest) => {
  if (request.kind === 'close') {
    db.close()
    port.close()
    return
  }
  const outcomes = commit(request.ops)
  if (request.ops.some((op) => op.kind === 'compact')) {
    // Gives the pages of the deleted rows back to the file system, so the file shrinks too.
    // Before the reply: once answered, the main connection may write, and must meet no writer.
    try {
      db.exec('PRAGMA incremental_vacuum')
    } catch {
      // Tried again after the next compaction; the space is only reused meanwhile.
    }
  }
  const reply: LogReply = { outcomes }
  port.postMessage(reply)
})
