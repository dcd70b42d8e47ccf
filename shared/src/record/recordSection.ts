import * as v from 'valibot'

/**
 * What one exercise contributes to the session record (verslag) and the list view: structured
 * content, not markup, so the same section becomes a page, Markdown or a tagged PDF. Texts are
 * already in the reader's language; colours never stand alone (a tally names shape and word).
 * The schemas let the page check a record it fetched (`GET /api/sessions/:id/record.json`).
 */
export interface RecordListItem {
  text: string
  /** Who wrote it, when the board knows and the round was not anonymous. */
  author?: string | undefined
  /** Nested items, such as the why-note under a picture. */
  items?: RecordListItem[] | undefined
}

// Recursive, so the type is written out once above and the schema is checked against it.
export const RecordListItemSchema: v.GenericSchema<RecordListItem> = v.object({
  text: v.string(),
  author: v.optional(v.string()),
  items: v.optional(v.array(v.lazy(() => RecordListItemSchema))),
})

export const RecordBlockSchema = v.variant('kind', [
  v.object({ kind: v.literal('heading'), text: v.string() }),
  v.object({ kind: v.literal('paragraph'), text: v.string() }),
  v.object({ kind: v.literal('list'), items: v.array(RecordListItemSchema) }),
  v.object({
    kind: v.literal('table'),
    caption: v.string(),
    /** Header cells, one per column. */
    columns: v.array(v.string()),
    rows: v.array(v.array(v.string())),
  }),
  /** A picture by its same-origin address (see `recordPictureSource`), with what it shows. */
  v.object({ kind: v.literal('picture'), src: v.string(), title: v.string(), alt: v.string() }),
])
export type RecordBlock = v.InferOutput<typeof RecordBlockSchema>

export const RecordSectionSchema = v.object({
  /** The exercise module that made it. */
  exerciseId: v.string(),
  /** The loaded template copy it describes, when it describes one. */
  instanceId: v.nullable(v.string()),
  title: v.string(),
  blocks: v.array(RecordBlockSchema),
})
export type RecordSection = v.InferOutput<typeof RecordSectionSchema>
