import { Worker } from 'node:worker_threads'
import type {
  AppendItem,
  AppendReply,
  AppendRequest,
  AppendWriterData,
} from './appendWriterWorker.ts'

interface QueuedAppend extends AppendItem {
  resolve(lastSeq: number): void
  reject(reason: unknown): void
}

interface Waiter {
  /** Settled once this many appends (counted in the order asked) have settled. */
  upTo: number
  resolve(): void
}

/**
 * The group commit of `SqliteStore`, on a writer thread: every append asked for in one
 * event-loop turn, by any room, goes to the thread in one batch, committed in one transaction
 * (one fsync); each promise resolves only once the thread reports that commit. While the disk
 * syncs, the event loop keeps serving every other socket. Appends asked while a batch is being
 * committed form the next batch, sent as soon as the thread is free.
 *
 * The main thread's own connection writes only while the thread is idle (see `quiet`): two
 * writers on one SQLite file would make one wait, and a synchronous wait on the main thread
 * is exactly what this class is here to avoid.
 */
export class AppendWriter {
  private readonly worker: Worker
  private queued: QueuedAppend[] = []
  private inFlight: QueuedAppend[] | undefined
  private nextBatchId = 1
  private sendTask: NodeJS.Immediate | undefined
  private asked = 0
  private settled = 0
  private waiters: Waiter[] = []
  /** Set once the thread is gone: every append from then on fails with it. */
  private broken: Error | undefined
  private readonly exited: Promise<void>

  constructor(file: string) {
    const data: AppendWriterData = { file }
    this.worker = new Worker(new URL('./appendWriterWorker.ts', import.meta.url), {
      workerData: data,
    })
    // Only work under way keeps the process alive (see `send`).
    this.worker.unref()
    this.worker.on('message', (reply: AppendReply) => this.onCommitted(reply))
    this.worker.on('error', (err) => this.fail(err))
    this.exited = new Promise((resolve) => {
      this.worker.once('exit', (code) => {
        this.fail(new Error(`the database writer thread stopped (exit code ${code})`))
        resolve()
      })
    })
  }

  /** Queued for the next group commit; resolves once the batch is on disk. */
  append(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    if (this.broken) return Promise.reject(this.broken)
    return new Promise((resolve, reject) => {
      this.queued.push({ doc, updates, resolve, reject })
      this.asked += 1
      // The rooms flush in the check phase; everything they ask for in it goes in one commit.
      this.sendTask ??= setImmediate(() => this.send())
    })
  }

  /**
   * Settles once every append asked for before this call has settled and the writer thread is
   * idle. Work on the main connection done synchronously right after it (no `await` between)
   * comes after those appends and meets no writer.
   */
  quiet(): Promise<void> {
    const upTo = this.asked
    if (this.settled >= upTo && !this.inFlight) return Promise.resolve()
    this.sendTask ??= setImmediate(() => this.send())
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }))
  }

  /** Commits what is queued, then stops the thread. */
  async close(): Promise<void> {
    await this.quiet()
    if (!this.broken) {
      const request: AppendRequest = { kind: 'close' }
      this.worker.ref()
      this.worker.postMessage(request)
    }
    await this.exited
  }

  private send(): void {
    if (this.sendTask) {
      clearImmediate(this.sendTask)
      this.sendTask = undefined
    }
    if (this.inFlight || this.queued.length === 0) return
    const batch = this.queued
    this.queued = []
    this.inFlight = batch
    const request: AppendRequest = {
      kind: 'commit',
      id: this.nextBatchId++,
      items: batch.map(({ doc, updates }) => ({ doc, updates })),
    }
    this.worker.ref()
    this.worker.postMessage(request)
  }

  private onCommitted(reply: AppendReply): void {
    const batch = this.inFlight
    if (!batch) return
    this.inFlight = undefined
    batch.forEach((item, i) => {
      const outcome = reply.outcomes[i]
      if (outcome?.ok) item.resolve(outcome.lastSeq)
      else item.reject(new Error(outcome?.error ?? 'the database writer gave no answer'))
    })
    this.settled += batch.length
    if (this.wakeWaiters()) {
      // Their main-connection work runs in the microtasks after this; the next batch waits
      // for the next turn so that it cannot overlap with it.
      if (this.queued.length > 0) this.sendTask ??= setImmediate(() => this.send())
    } else if (this.queued.length > 0) {
      this.send()
    }
    if (!this.inFlight && !this.sendTask) this.worker.unref()
  }

  /** Resolves the waiters whose appends have all settled; true when there were any. */
  private wakeWaiters(): boolean {
    if (this.inFlight) return false
    const ready = this.waiters.filter((waiter) => waiter.upTo <= this.settled)
    if (ready.length === 0) return false
    this.waiters = this.waiters.filter((waiter) => waiter.upTo > this.settled)
    for (const waiter of ready) waiter.resolve()
    return true
  }

  /** The thread is gone: what is queued or under way fails, and so does every later append. */
  private fail(err: Error): void {
    this.broken ??= err
    const lost = [...(this.inFlight ?? []), ...this.queued]
    this.inFlight = undefined
    this.queued = []
    for (const item of lost) item.reject(this.broken)
    this.settled += lost.length
    if (this.sendTask) {
      clearImmediate(this.sendTask)
      this.sendTask = undefined
    }
    this.wakeWaiters()
  }
}
