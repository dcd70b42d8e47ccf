import type { BoardRecord } from '@reflectiebord/shared'
import type { TLRecord, TLStore } from 'tldraw'
import { isSharedRecord } from '../board/bindStoreToYDoc.ts'

/** A tldraw record as the shared readers see it (the fields they read, by name). */
export function asBoardRecord(record: TLRecord): BoardRecord {
  // tldraw's records are typed per kind without an index signature; the shared readers take
  // any record and check every field they read, so the cast hides nothing they rely on.
  return record as unknown as BoardRecord
}

/** The board's shapes and assets in the store, template zones left out. */
export function boardRecordsOf(store: TLStore): BoardRecord[] {
  return store
    .allRecords()
    .filter(
      (record) =>
        (record.typeName === 'shape' || record.typeName === 'asset') && isSharedRecord(record),
    )
    .map(asBoardRecord)
}
