import type { Editor, TLRecord, TLShape } from 'tldraw'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/**
 * What end-to-end tests may read from a mounted board, so they check board state instead of
 * scraping the canvas. Present only while a board is mounted.
 */
export interface ReflectiebordTestHook {
  editor: Editor
  doc: Y.Doc
  provider: WebsocketProvider
  /** The document records in the local tldraw store (what is shared with everyone). */
  getRecords(): TLRecord[]
  /** The shapes on the current page. */
  getShapes(): TLShape[]
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

export function createTestHook(editor: Editor, doc: Y.Doc, provider: WebsocketProvider) {
  return {
    editor,
    doc,
    provider,
    getRecords: () => Object.values(editor.store.serialize('document')),
    getShapes: () => editor.getCurrentPageShapes(),
  } satisfies ReflectiebordTestHook
}
