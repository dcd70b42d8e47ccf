import { BOARD_RECORDS_MAP, REQUIRED_BOARD_RECORD_IDS } from '@reflectiebord/shared'
import type * as Y from 'yjs'

export type RemoveRecordResult =
  | { ok: true }
  | { ok: false; reason: 'unknown-record' | 'not-removable' }

/**
 * Removes one record from the board document for everyone, as the server: the way out for a
 * record that does not fit tldraw's schema, which the page skips and cannot delete itself. The
 * server does not know tldraw's schema and does not need to: only facilitators may send this,
 * and they can delete any note on the board anyway.
 */
export function removeBoardRecord(doc: Y.Doc, recordId: string): RemoveRecordResult {
  // tldraw cannot open a board without these; a bad one is replaced, never removed.
  if (REQUIRED_BOARD_RECORD_IDS.has(recordId)) return { ok: false, reason: 'not-removable' }
  const records = doc.getMap<unknown>(BOARD_RECORDS_MAP)
  if (!records.has(recordId)) return { ok: false, reason: 'unknown-record' }
  records.delete(recordId)
  return { ok: true }
}
