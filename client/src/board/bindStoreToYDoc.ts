import { BOARD_META_MAP, BOARD_RECORDS_MAP } from '@reflectiebord/shared'
import {
  DocumentRecordType,
  PageRecordType,
  type SerializedSchema,
  TLDOCUMENT_ID,
  type TLDocument,
  type TLPage,
  type TLRecord,
  type TLStore,
} from 'tldraw'
import type * as Y from 'yjs'
import { AREA_ID_PREFIX, AREA_SHAPE_TYPE } from './areas/areaShape.ts'

/**
 * The tldraw store <-> Yjs binding. The board's Y.Doc holds one tldraw record per key in the
 * records map, and the serialized store schema in the meta map. Local user edits go to Yjs in
 * one transaction per store change; remote Yjs changes come back into the store through
 * `mergeRemoteChanges`, which keeps them out of the local undo history.
 *
 * Template zones (`shape:area-*`, type `rb-area`) never cross the binding, in either direction:
 * they are derived from session control state, which only the server writes. A peer that puts
 * such a record in the board document changes nothing on anyone's board. This file is the one
 * place that keeps them apart (`isSharedRecord`); nothing else on the page needs to.
 */

const SCHEMA_KEY = 'schema'

/**
 * Whether a record belongs in the board document: every document record but template zones,
 * told apart by id and by type, so that a record claiming either cannot be smuggled in.
 */
export function isSharedRecord(record: { id: string; type?: unknown }): boolean {
  return !record.id.startsWith(AREA_ID_PREFIX) && record.type !== AREA_SHAPE_TYPE
}

/** Transaction origin of the edits this binding makes, so they can be told apart. */
export const LOCAL_STORE_ORIGIN = Symbol('reflectiebord:local-store')

export function recordsMap(doc: Y.Doc): Y.Map<TLRecord> {
  return doc.getMap<TLRecord>(BOARD_RECORDS_MAP)
}

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(BOARD_META_MAP)
}

export type LoadResult =
  | { ok: true }
  | { ok: false; reason: 'newer-version' | 'migration-failed' | 'invalid-records' }

/** The page every new board starts with; fixed ids so two first clients agree. */
function defaultRecords(pageName: string): [TLDocument, TLPage] {
  return [
    DocumentRecordType.create({ id: TLDOCUMENT_ID }),
    PageRecordType.create({
      id: PageRecordType.createId('page'),
      name: pageName,
      index: 'a1' as TLPage['index'],
    }),
  ]
}

/**
 * Called on the first successful sync with an empty board: writes the default document and
 * page, and the schema. Only ever adds what is missing, so two clients doing it at once agree.
 */
export function writeDefaultRecords(doc: Y.Doc, store: TLStore, pageName: string): void {
  const records = recordsMap(doc)
  doc.transact(() => {
    for (const record of defaultRecords(pageName)) {
      if (!records.has(record.id)) records.set(record.id, record)
    }
    metaMap(doc).set(SCHEMA_KEY, store.schema.serialize())
  }, LOCAL_STORE_ORIGIN)
}

/** Writes the schema if the document has none yet (a board made before we kept it). */
export function ensureSchemaWritten(doc: Y.Doc, store: TLStore): void {
  if (metaMap(doc).has(SCHEMA_KEY)) return
  doc.transact(() => metaMap(doc).set(SCHEMA_KEY, store.schema.serialize()), LOCAL_STORE_ORIGIN)
}

/**
 * Replaces the store's document records with the ones in Yjs, migrating them when they were
 * written with an older schema. Migrated records are written back only where they changed.
 */
export function loadRecordsIntoStore(doc: Y.Doc, store: TLStore): LoadResult {
  const records = recordsMap(doc)
  const stored: Record<string, TLRecord> = {}
  for (const [id, record] of records.entries()) {
    if (isSharedRecord({ id, type: (record as { type?: unknown }).type })) stored[id] = record
  }

  const storedSchema = metaMap(doc).get(SCHEMA_KEY) as SerializedSchema | undefined
  let current = stored
  if (storedSchema && JSON.stringify(storedSchema) !== JSON.stringify(store.schema.serialize())) {
    const migrated = store.schema.migrateStoreSnapshot({
      store: structuredClone(stored) as Record<TLRecord['id'], TLRecord>,
      schema: storedSchema,
    })
    if (migrated.type === 'error') {
      return {
        ok: false,
        reason: migrated.reason === 'target-version-too-new' ? 'newer-version' : 'migration-failed',
      }
    }
    current = migrated.value
    doc.transact(() => {
      for (const [id, record] of Object.entries(current)) {
        if (JSON.stringify(stored[id]) !== JSON.stringify(record)) records.set(id, record)
      }
      metaMap(doc).set(SCHEMA_KEY, store.schema.serialize())
    }, LOCAL_STORE_ORIGIN)
  }

  try {
    store.mergeRemoteChanges(() => {
      const stale = store
        .allRecords()
        .filter(
          (record) =>
            store.scopedTypes.document.has(record.typeName) &&
            !(record.id in current) &&
            isSharedRecord(record),
        )
        .map((record) => record.id)
      if (stale.length > 0) store.remove(stale)
      store.put(Object.values(current))
    })
  } catch (error) {
    console.warn('reflectiebord: board records failed validation', error)
    return { ok: false, reason: 'invalid-records' }
  }
  return { ok: true }
}

/**
 * Keeps store and Yjs in step from now on. Returns the function that stops it.
 * Never writes the whole store: only the records a local change touched.
 */
export function bindStoreToYDoc(doc: Y.Doc, store: TLStore): () => void {
  const records = recordsMap(doc)

  const stopListening = store.listen(
    ({ changes }) => {
      doc.transact(() => {
        for (const record of Object.values(changes.added)) {
          if (isSharedRecord(record)) records.set(record.id, record)
        }
        for (const [, record] of Object.values(changes.updated)) {
          if (isSharedRecord(record)) records.set(record.id, record)
        }
        for (const record of Object.values(changes.removed)) {
          if (isSharedRecord(record)) records.delete(record.id)
        }
      }, LOCAL_STORE_ORIGIN)
    },
    { source: 'user', scope: 'document' },
  )

  const onYjsChange = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    // Our own edits are already in the store.
    if (transaction.local) return
    const toPut: TLRecord[] = []
    const toRemove: TLRecord['id'][] = []
    for (const [id, change] of event.changes.keys) {
      // Zones come from session control only; a peer cannot add, replace or delete one.
      if (!isSharedRecord({ id })) continue
      if (change.action === 'delete') {
        if (store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id'])
        continue
      }
      const record = records.get(id)
      if (record && isSharedRecord(record)) toPut.push(record)
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      for (const record of toPut) {
        // One bad record (from a buggy or hostile peer) must not take the whole board down.
        try {
          store.put([record])
        } catch (error) {
          console.warn(`reflectiebord: ignored invalid remote record ${record.id}`, error)
        }
      }
    })
  }
  records.observe(onYjsChange)

  return () => {
    stopListening()
    records.unobserve(onYjsChange)
  }
}
