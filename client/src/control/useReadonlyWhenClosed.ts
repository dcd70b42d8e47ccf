import { useEffect } from 'react'
import type { Editor } from 'tldraw'

/**
 * A closed session makes the board read-only here too. The server is what refuses the
 * writes; this stops people from making edits that would never arrive.
 */
export function useReadonlyWhenClosed(editor: Editor | null, closed: boolean): void {
  useEffect(() => {
    if (!editor) return
    if (editor.getInstanceState().isReadonly !== closed) {
      editor.updateInstanceState({ isReadonly: closed })
    }
  }, [editor, closed])
}
