import { SessionDocument } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { OfflineCopy } from './offlineCopy.ts'
import { isPermanentRefusal } from './refusals.ts'
import { createSessionProvider, type SessionIdentity } from './sessionProvider.ts'

/**
 * One session's board document with this browser's offline copy of it and its connection to
 * the server: the board's data, apart from the code that shows it. The session page opens it
 * as soon as it knows the board will open (`prepareBoardSync`), so the local copy is read, the
 * ticket fetched and the first sync received while the board's code (most of the page) is still
 * being fetched and parsed; the board takes it over when it mounts (`takeBoardSync`).
 *
 * The provider connects at once, while the offline copy is read: Yjs merges the two in either
 * order (what was kept here and the server lacks goes to it as an update once read). The board
 * itself waits for the local copy (`whenLoaded`) and then shows what is in the document, kept
 * here or sent by the server by then, through the same checks and migrations
 * (`loadRecordsIntoStore`); it waits for the server only when nothing was kept here, and takes
 * a board for new only once the server says it has no record either.
 */
export class BoardSync {
  readonly identity: SessionIdentity
  readonly doc = new Y.Doc()
  readonly offlineCopy: OfflineCopy
  readonly provider: WebsocketProvider
  /**
   * Resolves with the provider once the offline copy is in the document, or once it is known
   * that there is none (no IndexedDB); with null if the sync was closed first. By then the
   * provider may have synced, or been refused: see `provider.synced` and `refusal`.
   */
  readonly whenLoaded: Promise<WebsocketProvider | null>
  /** A permanent refusal from the server (see `isPermanentRefusal`), whenever it came. */
  refusal: CloseEvent | null = null
  private closed = false

  constructor(identity: SessionIdentity) {
    this.identity = identity
    this.offlineCopy = new OfflineCopy(identity.sessionId, this.doc)
    this.provider = createSessionProvider(identity, SessionDocument.Board, this.doc)
    this.provider.on('connection-close', (event) => {
      if (event && isPermanentRefusal(event.code)) this.refusal = event
    })
    if (navigator.onLine) this.provider.connect()
    this.whenLoaded = this.offlineCopy.whenLoaded
      .catch((error: unknown) => {
        // Without IndexedDB (some private windows) the board still works, only not offline.
        console.warn('reflectiebord: IndexedDB unavailable, continuing without a local copy', error)
      })
      .then(() => (this.closed ? null : this.provider))
  }

  /** Closes the connection and the offline copy (what is stored stays). */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve()
    this.closed = true
    this.provider.destroy()
    const closing = this.offlineCopy.close()
    this.doc.destroy()
    return closing
  }
}

function sameIdentity(a: SessionIdentity, b: SessionIdentity): boolean {
  return (
    a.sessionId === b.sessionId &&
    a.displayName === b.displayName &&
    a.participantId === b.participantId &&
    a.facilitatorKey === b.facilitatorKey
  )
}

/** The sync opened ahead of its board, until the board takes it (one per page at most). */
let prepared: BoardSync | null = null

/**
 * Opens the board's sync ahead of the board, for `takeBoardSync` to hand over. Does nothing if
 * one for the same person and session is waiting already.
 */
export function prepareBoardSync(identity: SessionIdentity): void {
  if (prepared && sameIdentity(prepared.identity, identity)) return
  void prepared?.close()
  prepared = new BoardSync(identity)
}

/**
 * The board's sync for `identity`: the one prepared for it, or a new one. The caller owns it
 * and closes it. One prepared for someone else (another name, key or session) is closed.
 */
export function takeBoardSync(identity: SessionIdentity): BoardSync {
  const waiting = prepared
  prepared = null
  if (waiting && sameIdentity(waiting.identity, identity)) return waiting
  void waiting?.close()
  return new BoardSync(identity)
}

/**
 * Closes a sync prepared for `sessionId` that no board took: the page did not open the board
 * after all (the session is gone, the key wrong, the name asked again). Resolves once its
 * offline copy is closed, so that the copy can then be deleted.
 */
export function dropPreparedBoardSync(sessionId: string): Promise<void> {
  if (!prepared || prepared.identity.sessionId !== sessionId) return Promise.resolve()
  const waiting = prepared
  prepared = null
  return waiting.close()
}
