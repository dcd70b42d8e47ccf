import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { readStored, writeStored } from '../state/storage.ts'

/**
 * This browser's offline copy of one session's board: a y-indexeddb database holding the
 * document's update log, so a board kept here opens without the server. Every browser that
 * opened the board has one, participants too; so when the session is deleted or a note
 * redacted, each browser must act on its own copy (see `dropOfflineCopy`,
 * `useRewriteAfterRedaction`).
 */

export function offlineCopyName(sessionId: string): string {
  return `reflectiebord:${sessionId}:board`
}

/** y-indexeddb's object store of updates (`src/y-indexeddb.js`, `updatesStoreName`). */
const UPDATES_STORE = 'updates'

export class OfflineCopy {
  private readonly persistence: IndexeddbPersistence
  private closed = false
  private readonly doc: Y.Doc
  /** Resolves on `close`: a copy closed before it was read is never read. */
  private readonly whenClosed: Promise<void>
  private markClosed: () => void = () => undefined
  /**
   * Resolves when what this browser kept is in the document, or when the copy was closed
   * first; rejects if the browser keeps nothing (some private windows, sites whose storage is
   * switched off), and the board then works only online.
   */
  readonly whenLoaded: Promise<unknown>

  constructor(sessionId: string, doc: Y.Doc) {
    this.doc = doc
    this.whenClosed = new Promise((resolve) => {
      this.markClosed = resolve
    })
    const persistence = new IndexeddbPersistence(offlineCopyName(sessionId), doc)
    this.persistence = persistence
    // `whenSynced` alone never settles if the database cannot be opened (y-indexeddb then
    // leaves its own rejection unhandled, a line in the console), nor for a copy closed before
    // it was read. Not asked of another database first: on a first visit each open takes about
    // 100 ms, and the board waits for this one.
    this.whenLoaded = Promise.race([
      persistence._db.then(() => persistence.whenSynced),
      this.whenClosed,
    ])
    // Told to whoever awaits it; unawaited, a refusal is no error of the page.
    this.whenLoaded.catch(() => undefined)
  }

  /**
   * Replaces the stored update log by one update of the document as it is now. Yjs has
   * garbage-collected the content of deleted and replaced values in memory, but the log still
   * holds every update that carried it (a redacted note's old text among them), until
   * y-indexeddb trims it after hundreds of updates. These are the steps of y-indexeddb's own
   * `storeState` (add the state, delete every update before it), in one transaction whose end
   * we can await; updates stored after it started get later keys and stay.
   */
  async rewrite(): Promise<void> {
    try {
      await this.whenLoaded
    } catch {
      return // Nothing is kept in this browser.
    }
    const db = this.persistence.db
    if (!db || this.closed) return
    const state = Y.encodeStateAsUpdate(this.doc)
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction([UPDATES_STORE], 'readwrite')
      const updates = transaction.objectStore(UPDATES_STORE)
      const added = updates.add(state)
      added.onsuccess = () => {
        updates.delete(IDBKeyRange.upperBound(added.result, true))
      }
      transaction.oncomplete = () => resolve()
      transaction.onabort = () => reject(transaction.error ?? new Error('rewrite aborted'))
    })
  }

  /** Stops storing; what is stored stays. */
  close(): Promise<void> {
    this.closed = true
    this.markClosed()
    return this.persistence.destroy()
  }
}

/**
 * Deletes a session's offline copy and what this browser remembers about it. For a session the
 * server says does not exist: a copy of a deleted session must not outlive it. Never rejects.
 */
export function dropOfflineCopy(sessionId: string): Promise<void> {
  writeStored(rewriteKey(sessionId), null)
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest
    try {
      request = indexedDB.deleteDatabase(offlineCopyName(sessionId))
    } catch {
      // No IndexedDB at all (some private windows): nothing was kept.
      resolve()
      return
    }
    request.onsuccess = () => resolve()
    request.onerror = () => {
      console.warn('reflectiebord: the offline copy of a deleted session could not be removed')
      resolve()
    }
    // `blocked`: a page still has it open. y-indexeddb closes on request, and it then goes on.
  })
}

function rewriteKey(sessionId: string): string {
  return `offlineCopyRedactions:${sessionId}`
}

/** The redaction count this browser last rewrote its copy for (0: never). */
export function rewrittenForRedactions(sessionId: string): number {
  const stored = Number(readStored(rewriteKey(sessionId)))
  return Number.isSafeInteger(stored) && stored > 0 ? stored : 0
}

export function rememberRewrite(sessionId: string, count: number): void {
  writeStored(rewriteKey(sessionId), String(count))
}
