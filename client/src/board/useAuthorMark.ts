import { AUTHOR_META } from '@reflectiebord/shared'
import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { isSharedRecord } from './bindStoreToYDoc.ts'

/**
 * Marks every shape I make (on the canvas, from the list view, by pasting or duplicating)
 * with my public id, so the list view can offer me editing and deleting of my own notes. Only
 * my own creations, in my own browser: what arrives from others keeps their mark.
 */
export function useAuthorMark(editor: Editor | null, myPublicId: string): void {
  useEffect(() => {
    if (!editor) return
    return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
      source === 'user' && isSharedRecord(shape) && shape.meta[AUTHOR_META] !== myPublicId
        ? { ...shape, meta: { ...shape.meta, [AUTHOR_META]: myPublicId } }
        : shape,
    )
  }, [editor, myPublicId])
}
