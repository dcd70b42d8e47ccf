import type { AreaState } from '@reflectiebord/shared'
import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { guardAreas } from './guardAreas.ts'
import { projectAreas } from './projectAreas.ts'

/** Keeps the board's zones equal to session control state, and guarded, while mounted. */
export function useAreaProjection(editor: Editor | null, areas: readonly AreaState[]): void {
  useEffect(() => {
    if (!editor) return
    return guardAreas(editor)
  }, [editor])

  useEffect(() => {
    if (editor) projectAreas(editor, areas)
  }, [editor, areas])
}
