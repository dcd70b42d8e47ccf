import type { BoardListItem } from '@reflectiebord/shared'
import { type RefObject, useEffect } from 'react'
import { useValue } from 'tldraw'
import { useListView } from './ListViewContext.tsx'

/**
 * Whether an item is selected on the canvas beside the list: itself, or the group it is shown
 * in place of. Only while the canvas is shown; with the canvas hidden nothing is "selected".
 */
export function useSelectedOnCanvas(item: BoardListItem): boolean {
  const { editor, canvasShown } = useListView()
  return useValue('list:selected', () => {
    if (!editor || !canvasShown) return false
    const selected = editor.getSelectedShapeIds() as readonly string[]
    if (selected.includes(item.id)) return true
    return item.ancestors.some(
      (id) => selected.includes(id) && editor.getShape(id as never)?.type === 'group',
    )
  }, [editor, canvasShown, item.id, item.ancestors])
}

/** Brings an item selected on the canvas into view in the list, without taking the focus. */
export function useScrollIntoViewWhen(selected: boolean, entry: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (selected) entry.current?.scrollIntoView({ block: 'nearest' })
  }, [selected, entry])
}
