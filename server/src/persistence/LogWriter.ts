import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { LogOp, LogReply, LogRequest, LogWriterData } from './logWriterWorker.ts'

type QueuedOp = LogOp & {
  resolve(lastSeq: number): void
  reject(reason: unknown): void
}

interface Waiter {
  /** Runs once this many ops (counted in the order asked) have settled. */
  upTo: number
  run(): void
}

/** A writer thread; `stopping` once it was asked to close, so its exit is not a failure. */
interface WriterThread {
  worker: Worker
  stopping: boolean
}

/**
 * The writer thread's file, beside this module: `.ts` where Node runs the sources (tests), `.js`
 * in the bundle, where server/scripts/build.ts makes it an entry of its own.
 */
const WORKER_FILE = new URL(
  `./logWriterWorker${extname(fileURLToPath(import.meta.url))}`,
  import.meta.url,
)

/** How long the thread stays once idle: it costs a V8 isolate's memory (about 12 MiB RSS). */
export const WRITER_IDLE_MS = 30_000

/**
 * The group commit of `SqliteStore`, on a writer thread: every write to the update log asked
 * for in one event-loop turn (appends by any room, compactions) goes to the thread in one
 * batch, committed in one transaction (one fsync); each promise resolves only once the thread
 * reports that commit. While the disk syncs, the event loop keeps serving every other socket.
 * Writes asked while a batch is being committed form the next batch, sent as soon as the
 * thread is free, so the order of commits is the order asked.
 *
 * The main thread's own connection is used only while the thread is idle (see `exclusive`):
 * two writers on one SQLite file would make one wait, and a synchronous wait on the main
 * thread is exactly what this class is here to avoid.
 */
export class LogWriter {
  private readonly data: LogWriterData
  private readonly idleMs: number
  /** Started with the first write, stopped after `idleMs` without one (see `startThread`). */
  private thread: WriterThread | undefined
  private idleTimer: NodeJS.Timeout | undefined
  /** Threads not yet exited, so `close` can wait for every one. */
  private readonly exits = new Set<Promise<void>>()
  private queued: QueuedOp[] = []
  private inFlight: QueuedOp[] | undefined
  private sendQueued = false
  private asked = 0
  private settled = 0
  private waiters: Waiter[] = []
  /** Set once a thread died under way: every write from then on fails with it. */
  private broken: Error | undefined
  /** Set by `close`: a thread stops as soon as it is idle, and keeps the process alive till then. */
  private closing = false

  constructor(file: string, { idleMs = WRITER_IDLE_MS }: { idleMs?: number } = {}) {
    this.data = { file }
    this.idleMs = idleMs
  }

  /** Whether a writer thread is running now (for tests and monitoring). */
  get running(): boolean {
    return this.thread !== undefined
  }

  /** Queued for the next group commit; resolves once the batch is on disk. */
  append(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.enqueue({ kind: 'append', doc, updates })
  }

  /** Queued like an append, after the appends asked before it; resolves with the snapshot's seq. */
  compact(doc: string, snapshot: Uint8Array, upToSeq: number): Promise<number> {
    return this.enqueue({ kind: 'compact', doc, snapshot, upToSeq })
  }

  /**
   * Runs `work` (synchronous, on the main connection) once every write asked for before this
   * call is committed, while the writer thread is idle, and before the thread takes the next
   * batch: it sees those writes, and meets no writer. Right away when nothing is under way.
   */
  exclusive<T>(work: () => T): Promise<T> {
    return new Promise((resolve, reject) => {
      const run = () => {
        try {
          resolve(work())
        } catch (err) {
          reject(err)
        }
      }
      const upTo = this.asked
      if (this.settled >= upTo && !this.inFlight) {
        run()
        return
      }
      this.waiters.push({ upTo, run })
      this.scheduleSend()
    })
  }

  /**
   * Commits what is queued, then stops the thread. Writes asked meanwhile (a room's last flush
   * during shutdown) are committed too, and the thread stops after them.
   */
  async close(): Promise<void> {
    this.closing = true
    await this.exclusive(() => undefined)
    clearTimeout(this.idleTimer)
    // The process waits for the thread to close its connection.
    this.thread?.worker.ref()
    // Busy with a batch asked after `close`: it stops once that batch is in (`onCommitted`).
    this.stopThread()
    while (this.exits.size > 0) await Promise.all(this.exits)
  }

  private enqueue(op: LogOp): Promise<number> {
    if (this.broken) return Promise.reject(this.broken)
    return new Promise((resolve, reject) => {
      this.queued.push({ ...op, resolve, reject })
      this.asked += 1
      this.scheduleSend()
    })
  }

  /**
   * An idle thread gets the queue once the code now running is done (a microtask), so a
   * room's batch does not wait for another turn of the event loop; a busy one gets it when
   * it reports its commit, together with everything asked for meanwhile.
   */
  private scheduleSend(): void {
    if (this.sendQueued || this.inFlight) return
    this.sendQueued = true
    queueMicrotask(() => {
      this.sendQueued = false
      this.send()
    })
  }

  private send(): void {
    if (this.inFlight || this.queued.length === 0) return
    const batch = this.queued
    this.queued = []
    this.inFlight = batch
    const request: LogRequest = {
      kind: 'commit',
      ops: batch.map(
        (op): LogOp =>
          op.kind === 'append'
            ? { kind: 'append', doc: op.doc, updates: op.updates }
            : { kind: 'compact', doc: op.doc, snapshot: op.snapshot, upToSeq: op.upToSeq },
      ),
    }
    clearTimeout(this.idleTimer)
    this.thread ??= this.startThread()
    this.thread.worker.ref()
    this.thread.worker.postMessage(request)
  }

  /**
   * A thread of its own connection to the file. Started when a write comes and none runs: an
   * idle server keeps no thread (and not its memory); the first write after a pause waits for
   * the thread to start (tens of ms) once.
   */
  private startThread(): WriterThread {
    const worker = new Worker(WORKER_FILE, {
      workerData: this.data,
    })
    // Only work under way keeps the process alive (see `send`).
    worker.unref()
    const thread: WriterThread = { worker, stopping: false }
    worker.on('message', (reply: LogReply) => this.onCommitted(reply))
    worker.on('error', (err) => {
      if (!thread.stopping) this.fail(err)
    })
    const exited = new Promise<void>((resolve) => {
      worker.once('exit', (code) => {
        if (this.thread === thread) this.thread = undefined
        if (!thread.stopping) {
          this.fail(new Error(`the database writer thread stopped (exit code ${code})`))
        }
        this.exits.delete(exited)
        resolve()
      })
    })
    this.exits.add(exited)
    return thread
  }

  /** Asks the thread, idle, to close its connection and end; the next write starts another. */
  private stopThread(): void {
    const thread = this.thread
    if (!thread || this.inFlight || this.queued.length > 0) return
    this.thread = undefined
    thread.stopping = true
    const request: LogRequest = { kind: 'close' }
    thread.worker.postMessage(request)
  }

  private onCommitted(reply: LogReply): void {
    const batch = this.inFlight
    if (!batch) return
    this.inFlight = undefined
    batch.forEach((op, i) => {
      const outcome = reply.outcomes[i]
      if (outcome?.ok) op.resolve(outcome.lastSeq)
      else op.reject(new Error(outcome?.error ?? 'the database writer gave no answer'))
    })
    this.settled += batch.length
    this.runWaiters()
    this.send()
    if (this.inFlight) return
    if (this.closing) {
      this.stopThread()
      return
    }
    this.thread?.worker.unref()
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => this.stopThread(), this.idleMs)
    this.idleTimer.unref()
  }

  /** Runs, in the order asked, the main-connection work whose writes have all settled. */
  private runWaiters(): void {
    while (!this.inFlight) {
      const ready = this.waiters.filter((waiter) => waiter.upTo <= this.settled)
      if (ready.length === 0) return
      this.waiters = this.waiters.filter((waiter) => waiter.upTo > this.settled)
      for (const waiter of ready) waiter.run()
    }
  }

  /** The thread is gone: what is queued or under way fails, and so does every later write. */
  private fail(err: Error): void {
    this.broken ??= err
    const lost = [...(this.inFlight ?? []), ...this.queued]
    this.inFlight = undefined
    this.queued = []
    for (const op of lost) op.reject(this.broken)
    this.settled += lost.length
    this.runWaiters()
  }
}
