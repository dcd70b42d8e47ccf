import { BOARD_RECORDS_MAP } from '@reflectiebord/shared'
import type * as Y from 'yjs'

/** What a redacted note says instead, in both languages (the board has no single language). */
export const REDACTED_TEXT = 'Afgeschermd door de begeleider · Hidden by the facilitator'

type RecordWithText = {
  typeName?: unknown
  props?: Record<string, unknown>
  meta?: Record<string, unknown>
}

export type RedactResult = { ok: true } | { ok: false; reason: 'unknown-shape' | 'not-redactable' }

/**
 * Blanks out a shape's text for everyone (a name of a family slipped into a note). The server
 * replaces the whole record in the board document; the old value is deleted, so Yjs's garbage
 * collection drops its content, and the compaction that follows keeps it out of the database.
 */
export function redactShape(doc: Y.Doc, shapeId: string): RedactResult {
  const records = doc.getMap<RecordWithText>(BOARD_RECORDS_MAP)
  const record = records.get(shapeId)
  if (record?.typeName !== 'shape' || !record) return { ok: false, reason: 'unknown-shape' }
  if (!record.props || !('richText' in record.props)) return { ok: false, reason: 'not-redactable' }
  records.set(shapeId, {
    ...record,
    props: {
      ...record.props,
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: REDACTED_TEXT }] }],
      },
    },
    meta: { ...(record.meta ?? {}), redacted: true },
  })
  return { ok: true }
}
