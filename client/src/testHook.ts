import type { ControlState } from '@reflectiebord/shared'
import type { Editor, TLRecord, TLShape } from 'tldraw'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { isSharedRecord } from './board/bindStoreToYDoc.ts'
import type { ControlStore } from './control/controlStore.ts'
import { clientExercises } from './exercises/registry.ts'

/**
 * What end-to-end tests may read from a mounted board, so they check board state instead of
 * scraping the canvas. Present only while a board is mounted. Exercises add their own
 * read-outs (see `ClientExercise.testHook`).
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
  /** Session control state as this browser last received it (read slices with `readSlice`). */
  control(): ControlState
  /** Estimated server time minus local time, in ms. */
  clockOffset(): number
  /** My public participant id (tldraw user id `user:<myPublicId>`). */
  myPublicId: string
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
  store: ControlStore,
): ReflectiebordTestHook {
  const { sessionId, me } = store.getState()
  const contributed = clientExercises.map((exercise) => exercise.testHook?.({ sessionId }) ?? {})
  const core: ReflectiebordTestHook = {
    editor,
    doc,
    provider,
    getRecords: () => Object.values(editor.store.serialize('document')).filter(isSharedRecord),
    getShapes: () => editor.getCurrentPageShapes().filter(isSharedRecord),
    // What the binding keeps local: the template zones.
    getAreaShapes: () => editor.getCurrentPageShapes().filter((shape) => !isSharedRecord(shape)),
    control: () => store.getState().control,
    clockOffset: () => store.getState().clockOffset,
    myPublicId: me.publicId,
  }
  // The core's names win: an exercise cannot replace what every test relies on.
  return Object.assign({}, ...contributed, core)
}
