import type { BoardList } from '@reflectiebord/shared'
import { createContext, type ReactNode, useContext } from 'react'
import type { Editor } from 'tldraw'

/** What the list view offers its parts, the exercises' parts among them. */
export interface ListViewServices {
  /** The tldraw editor every write goes through, as on the canvas; null until it is up. */
  editor: Editor | null
  /** The whole board as a list, as it stands now. */
  list: BoardList
  /** The canvas is shown beside the list (so selecting an item there is worth offering). */
  canvasShown: boolean
  /** Writing is possible: the editor is up and the session is not closed. */
  canWrite: boolean
  /** Tells screen readers, politely, what my own action did. */
  announce(text: string): void
  /** Moves the focus to an item as soon as the list shows it (where it went after a move). */
  focusItem(shapeId: string): void
}

const ListViewContext = createContext<ListViewServices | null>(null)

export function ListViewProvider({
  services,
  children,
}: {
  services: ListViewServices
  children: ReactNode
}) {
  return <ListViewContext.Provider value={services}>{children}</ListViewContext.Provider>
}

export function useListView(): ListViewServices {
  const services = useContext(ListViewContext)
  if (!services) throw new Error('list view part used outside <ListView>')
  return services
}

/** The DOM id of an item's entry in the list, so focus can be moved to it. */
export function listItemDomId(shapeId: string): string {
  return `list-item-${shapeId.replace(/[^A-Za-z0-9_-]/g, '_')}`
}
