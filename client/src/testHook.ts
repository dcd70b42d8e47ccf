import type { ControlState, VoteColor } from '@reflectiebord/shared'
import type { Editor, TLRecord, TLShape } from 'tldraw'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { isAreaRecord } from './board/areas/areaShape.ts'

/**
 * What end-to-end tests may read from a mounted board, so they check board state instead of
 * scraping the canvas. Present only while a board is mounted.
 */
export interface ReflectiebordTestHook {
  editor: Editor
  doc: Y.Doc
  provider: WebsocketProvider
  /**
   * The document records in the local tldraw store that are shared with everyone through the
   * board document: template zones are left out (they come from session control).
   */
  getRecords(): TLRecord[]
  /** The shapes on the current page, template zones left out. */
  getShapes(): TLShape[]
  /** The template zones on the current page (local, locked, derived from session control). */
  getAreaShapes(): TLShape[]
  /** Session control state as this browser last received it. */
  control(): ControlState
  /** Estimated server time minus local time, in ms. */
  clockOffset(): number
  /** My public participant id (tldraw user id `user:<myPublicId>`). */
  myPublicId: string
  /**
   * What this tab voted in a stoplicht round (by sealed box id), or null. The server never
   * says; this is the tab's own memory, the same the vote cards show.
   */
  myVote(boxId: string): VoteColor | null
}

export interface ControlHook {
  control(): ControlState
  clockOffset(): number
  myPublicId: string
  myVote(boxId: string): VoteColor | null
}

declare global {
  interface Window {
    __reflectiebord?: ReflectiebordTestHook
  }
}

export function installTestHook(hook: ReflectiebordTestHook): () => void {
  window.__reflectiebord = hook
  return () => {
    if (window.__reflectiebord === hook) delete window.__reflectiebord
  }
}

export function createTestHook(
  editor: Editor,
  doc: Y.Doc,
  provider: WebsocketProvider,
  control: ControlHook,
) {
  return {
    editor,
    doc,
    provider,
    getRecords: () =>
      Object.values(editor.store.serialize('document')).filter((record) => !isAreaRecord(record)),
    getShapes: () => editor.getCurrentPageShapes().filter((shape) => !isAreaRecord(shape)),
    getAreaShapes: () => editor.getCurrentPageShapes().filter((shape) => isAreaRecord(shape)),
    control: control.control,
    clockOffset: control.clockOffset,
    myPublicId: control.myPublicId,
    myVote: control.myVote,
  } satisfies ReflectiebordTestHook
}
