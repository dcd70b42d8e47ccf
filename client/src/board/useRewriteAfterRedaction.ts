import { holdsLastRedaction } from '@reflectiebord/shared'
import { useEffect } from 'react'
import type * as Y from 'yjs'
import type { ControlStore } from '../control/controlStore.ts'
import { type OfflineCopy, rememberRewrite, rewrittenForRedactions } from './offlineCopy.ts'

/**
 * After a facilitator blanked out a note, this browser's offline copy still holds the old text
 * in its update log. When session control counts more redactions than this browser last
 * rewrote its copy for, it rewrites the copy from the document as it is now, once the document
 * holds the redaction (control and board arrive on two sockets, in either order). On opening
 * the link after a redaction made while this browser was away, the same happens as soon as
 * both have synced.
 */
export function useRewriteAfterRedaction(
  controlStore: ControlStore,
  sessionId: string,
  doc: Y.Doc | null,
  offlineCopy: OfflineCopy | null,
): void {
  useEffect(() => {
    if (!doc || !offlineCopy) return
    let disposed = false
    let rewriting = false
    // One failure is enough for this page: the next page load tries again.
    let failed = false
    // Read once: every board update passes through `check`, which must stay cheap.
    let rewrittenFor = rewrittenForRedactions(sessionId)

    const check = () => {
      if (disposed || rewriting || failed) return
      const { redactions } = controlStore.getState().control
      if (redactions.count <= rewrittenFor) return
      if (!holdsLastRedaction(doc, redactions)) return
      rewriting = true
      offlineCopy.rewrite().then(
        () => {
          rewriting = false
          rewrittenFor = redactions.count
          rememberRewrite(sessionId, redactions.count)
          // Another redaction may have come in while this one was written.
          check()
        },
        (error: unknown) => {
          rewriting = false
          failed = true
          // Closed meanwhile (the board went away), or IndexedDB refused.
          if (!disposed) console.warn('reflectiebord: the offline copy was not rewritten', error)
        },
      )
    }

    const unsubscribe = controlStore.subscribe((now, before) => {
      if (now.control.redactions !== before.control.redactions) check()
    })
    // Yjs has collected the replaced text by the time it reports an update, and y-indexeddb
    // (listening first) has queued that update's write before the rewrite starts.
    doc.on('update', check)
    check()
    return () => {
      disposed = true
      unsubscribe()
      doc.off('update', check)
    }
  }, [controlStore, sessionId, doc, offlineCopy])
}
