/**
 * What one exercise contributes to the session record (verslag) and the list view: structured
 * content, not markup, so the same section becomes a page, Markdown or a tagged PDF. Texts are
 * already in the reader's language; colours never stand alone (a tally names shape and word).
 */
export type RecordBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: RecordListItem[] }
  | {
      kind: 'table'
      caption: string
      /** Header cells, one per column. */
      columns: string[]
      rows: string[][]
    }
  | { kind: 'picture'; src: string; title: string; alt: string }

export interface RecordListItem {
  text: string
  /** Who wrote it, when the board knows and the round was not anonymous. */
  author?: string
  /** Nested items, such as the why-note under a picture. */
  items?: RecordListItem[]
}

export interface RecordSection {
  /** The exercise module that made it. */
  exerciseId: string
  /** The loaded template copy it describes, when it describes one. */
  instanceId: string | null
  title: string
  blocks: RecordBlock[]
}
