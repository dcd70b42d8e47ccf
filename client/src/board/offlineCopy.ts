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
  private readonly doc: Y.Doc

  constructor(sessionId: string, doc: Y.Doc) {
    this.doc = doc
    this.persistence = new IndexeddbPersistence(offlineCopyName(sessionId), doc)
  }

  /** Resolves when what this browser kept is in the document. */
  get whenLoaded(): Promise<unknown> {
    return this.persistence.whenSynced
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
    await this.persistence.whenSynced
    const db = this.persistence.db
    if (!db) return
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
