import { CloseCode } from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import { createTLStore, defaultBindingUtils, type TLStore } from 'tldraw'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { useUiStore } from '../state/uiStore.ts'
import { boardShapeUtils } from './areas/boardShapeUtils.ts'
import {
  bindStoreToYDoc,
  ensureSchemaWritten,
  type LoadResult,
  loadRecordsIntoStore,
  putHeldBack,
  recordsMap,
  writeDefaultRecords,
} from './bindStoreToYDoc.ts'
import { createBoardAssetStore } from './boardAssetStore.ts'
import { takeBoardSync } from './boardSync.ts'
import { watchConnectionStatus } from './connectionStatus.ts'
import { firstViewOf, splitByFirstView } from './firstView.ts'
import { followBrowserNetwork } from './followBrowserNetwork.ts'
import type { OfflineCopy } from './offlineCopy.ts'
import { pacedBatches } from './pacedBatches.ts'
import { bindPresence, createLocalUser } from './presence.ts'
import { isPermanentRefusal } from './refusals.ts'
import { createSkippedRecords, type SkippedRecordsStore } from './skippedRecords.ts'
import { readRememberedCamera } from './useRememberedView.ts'

/** Records put in the store per frame after the first paint of a large board. */
const BATCH_SIZE = 400
/** If the canvas never says it painted (it failed to mount), the rest comes anyway. */
const REST_AT_THE_LATEST_MS = 5000

export interface BoardConnectionOptions {
  sessionId: string
  displayName: string
  participantId: string
  facilitatorKey: string | null
  /** Name of the first page when this client is the one that creates the board. */
  defaultPageName: string
}

export type BoardState =
  /** Reading what this browser kept in IndexedDB. */
  | { phase: 'loading' }
  /** Nothing kept locally: the board appears after the first sync with the server. */
  | { phase: 'waiting-for-server' }
  | {
      phase: 'ready'
      store: TLStore
      doc: Y.Doc
      provider: WebsocketProvider
      /** Records of the board this page could not show (see `bindStoreToYDoc`). */
      skipped: SkippedRecordsStore
      /** This browser's copy of the board in IndexedDB. */
      offlineCopy: OfflineCopy
      /**
       * Puts the shapes out of the first view into the store, in batches, from the next frame
       * on: called once the board's first frame is painted. Calling it again does nothing.
       */
      loadTheRest(): void
    }
  | { phase: 'error'; reason: Exclude<LoadResult, { ok: true }>['reason'] }
  /** The server closed the socket for good (see `permanentCloseCodes`). */
  | { phase: 'refused'; code: number }

export interface BoardConnection {
  state: BoardState
  /** Set when the server closed the socket because a message was over its size limit. */
  lastMessageTooBig: boolean
}

/**
 * Opens the board of one session from its local copy (IndexedDB) and the server at the same
 * time (see `BoardSync`). The tldraw store is handed out once the local copy is read, if it
 * holds the board, so a board kept in this browser opens even when the server cannot be
 * reached; otherwise after the first sync with the server.
 */
export function useYjsStore({
  sessionId,
  displayName,
  participantId,
  facilitatorKey,
  defaultPageName,
}: BoardConnectionOptions): BoardConnection {
  const [state, setState] = useState<BoardState>({ phase: 'loading' })
  const [lastMessageTooBig, setLastMessageTooBig] = useState(false)
  const setConnectionStatus = useUiStore((s) => s.setConnectionStatus)
  // Read at the moment a new board is created; switching language must not reconnect.
  const pageNameRef = useRef(defaultPageName)
  pageNameRef.current = defaultPageName

  useEffect(() => {
    let disposed = false
    const cleanups: Array<() => void> = []
    // Opened already by the session page (boardSync.ts) if it knew the board would open; the
    // local copy and the first sync may be in by now.
    const sync = takeBoardSync({ sessionId, displayName, participantId, facilitatorKey })
    const { doc, offlineCopy } = sync
    const user = createLocalUser(participantId, displayName)
    const store = createTLStore({
      // Template zones are a shape type of ours; they never enter the Yjs document.
      shapeUtils: boardShapeUtils,
      bindingUtils: defaultBindingUtils,
      users: { currentUser: user },
      // Given to the store, not to <Tldraw>: tldraw ignores that prop for a store passed in.
      assets: createBoardAssetStore(sessionId, participantId),
    })
    const skipped = createSkippedRecords()

    const start = (provider: WebsocketProvider) => {
      let loaded = false
      let refused = false

      const finishLoading = () => {
        // Shapes in (or near) the first view go in now; the others after the first paint.
        const view = firstViewOf(readRememberedCamera(sessionId), {
          w: window.innerWidth,
          h: window.innerHeight,
        })
        const result = loadRecordsIntoStore(doc, store, skipped, {
          split: (records) => splitByFirstView(records, view),
        })
        if (!result.ok) {
          setState({ phase: 'error', reason: result.reason })
          provider.disconnect()
          return
        }
        cleanups.push(bindStoreToYDoc(doc, store, skipped))
        const rest = pacedBatches(result.heldBack ?? [], BATCH_SIZE, (batch) =>
          putHeldBack(doc, store, skipped, batch),
        )
        const atTheLatest = setTimeout(rest.start, REST_AT_THE_LATEST_MS)
        cleanups.push(() => {
          clearTimeout(atTheLatest)
          rest.cancel()
        })
        loaded = true
        setState({
          phase: 'ready',
          store,
          doc,
          provider,
          skipped,
          offlineCopy,
          loadTheRest: rest.start,
        })
      }

      const onSync = (synced: boolean) => {
        if (!synced) return
        if (loaded) {
          ensureSchemaWritten(doc, store)
          return
        }
        // Only after the server's state arrived may we decide that the board is new.
        if (recordsMap(doc).size === 0) writeDefaultRecords(doc, store, pageNameRef.current)
        finishLoading()
      }

      const onClose = (event: CloseEvent | null) => {
        if (!event) return
        if (event.code === CloseCode.MessageTooBig) setLastMessageTooBig(true)
        if (isPermanentRefusal(event.code)) {
          refused = true
          provider.disconnect()
          setState({ phase: 'refused', code: event.code })
        }
      }

      // Refused before the board listened: nothing more to do here.
      if (sync.refusal) {
        onClose(sync.refusal)
        return
      }
      // Offline-first: a board kept in this browser shows before the server answers. The
      // server's state may be in already, too (the sync was opened ahead of the board).
      if (provider.synced) onSync(true)
      else if (recordsMap(doc).size > 0) finishLoading()
      else setState({ phase: 'waiting-for-server' })

      provider.on('sync', onSync)
      cleanups.push(() => provider.off('sync', onSync))
      provider.on('connection-close', onClose)
      cleanups.push(() => provider.off('connection-close', onClose))

      const onStatus = ({ status }: { status: string }) => {
        if (status === 'connected') setLastMessageTooBig(false)
      }
      provider.on('status', onStatus)
      cleanups.push(() => provider.off('status', onStatus))

      cleanups.push(watchConnectionStatus(provider, setConnectionStatus))
      cleanups.push(followBrowserNetwork(provider, () => !refused && !disposed))
      cleanups.push(bindPresence(store, provider.awareness, user))
    }

    sync.whenLoaded.then((provider) => {
      if (provider && !disposed) start(provider)
    })

    return () => {
      disposed = true
      // Reverse order: unbind before the provider and doc go away.
      for (const cleanup of cleanups.reverse()) cleanup()
      void sync.close()
    }
  }, [sessionId, displayName, participantId, facilitatorKey, setConnectionStatus])

  return { state, lastMessageTooBig }
}
