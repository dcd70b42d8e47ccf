import type { BoardRecord } from './boardRecord.ts'

/**
 * The meta field the page sets on every shape a person makes (on the canvas or from the list
 * view): the maker's public participant id, which everyone in the session already sees in
 * presence. It lets the list view offer "edit" and "delete" on one's own notes only.
 */
export const AUTHOR_META = 'author'

/** Who made a shape, or null when the board does not say (made before authors were kept). */
export function authorOf(record: Pick<BoardRecord, 'meta'>): string | null {
  const author = record.meta?.[AUTHOR_META]
  return typeof author === 'string' && author !== '' ? author : null
}
