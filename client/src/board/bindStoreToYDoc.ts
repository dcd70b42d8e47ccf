import { BOARD_META_MAP, BOARD_RECORDS_MAP, REQUIRED_BOARD_RECORD_IDS } from '@reflectiebord/shared'
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
import { readBoardEntry, rejection, validateBoardRecord } from './checkBoardRecord.ts'
import type { SkippedRecordsStore } from './skippedRecords.ts'

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
 *
 * One bad record never breaks a board: every record is checked on its own, with tldraw's own
 * validation, when the board loads and when a remote change brings it. One that does not fit is
 * skipped, logged (its id and where it failed, never its content) and listed in the board's
 * `SkippedRecordsStore`, from which a facilitator can remove it for everyone
 * (`board.removeRecord`). Everything else on the board keeps working.
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
  | {
      ok: true
      /**
       * Valid records not put in the store yet (see `LoadOptions.split`), for `putHeldBack`;
       * absent when none were held back.
       */
      heldBack?: TLRecord[]
    }
  | { ok: false; reason: 'newer-version' | 'migration-failed' | 'invalid-records' }

export interface LoadOptions {
  /**
   * Which of the board's valid records go into the store now (`first`) and which are handed
   * back to be put in batches later (`later`), so the first frame does not wait for all of a
   * large board (see `firstView.ts`). Without it, everything goes in at once.
   */
  split?(records: TLRecord[]): { first: TLRecord[]; later: TLRecord[] }
}

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

/** The `type` a value of the records map claims, whatever that value is. */
function claimedType(value: unknown): unknown {
  return typeof value === 'object' && value !== null
    ? (value as { type?: unknown }).type
    : undefined
}

/** Logs a skipped record and lists it for the facilitator. */
function skipRecord(skipped: SkippedRecordsStore, id: string, reason: string): void {
  console.warn(`reflectiebord: skipped board record ${JSON.stringify(id)}: ${reason}`)
  skipped.getState().skip(id)
}

type Migrated =
  | { ok: true; records: Record<string, TLRecord> }
  | { ok: false; reason: 'newer-version' | 'migration-failed' }

/**
 * Brings records written with an older schema up to the current one. Migrations that work on
 * one record at a time (most of tldraw's) run per record, so a record whose migration throws
 * is rejected alone; migrations of the whole storage run as tldraw runs them, on everything.
 */
function migrateRecords(
  store: TLStore,
  stored: Record<string, TLRecord>,
  schema: SerializedSchema,
  rejected: Map<string, string>,
): Migrated {
  const migrations = store.schema.getMigrationsSince(schema)
  if (migrations.ok && migrations.value.every((migration) => migration.scope === 'record')) {
    const records: Record<string, TLRecord> = {}
    for (const [id, record] of Object.entries(stored)) {
      const result = store.schema.migratePersistedRecord(record, schema)
      if (result.type === 'success') records[id] = result.value
      else rejected.set(id, `migration failed (${result.reason})`)
    }
    return { ok: true, records }
  }
  const migrated = store.schema.migrateStoreSnapshot({
    store: structuredClone(stored) as Record<TLRecord['id'], TLRecord>,
    schema,
  })
  if (migrated.type === 'error') {
    return {
      ok: false,
      reason: migrated.reason === 'target-version-too-new' ? 'newer-version' : 'migration-failed',
    }
  }
  return { ok: true, records: migrated.value }
}

/**
 * Replaces the store's document records with the ones in Yjs, migrating them when they were
 * written with an older schema and then validating each, as tldraw's store does. Migrated
 * records are written back only where they changed. A record that does not fit is skipped and
 * listed in `skipped`; the rest of the board opens.
 */
export function loadRecordsIntoStore(
  doc: Y.Doc,
  store: TLStore,
  skipped: SkippedRecordsStore,
  options: LoadOptions = {},
): LoadResult {
  const records = recordsMap(doc)
  const rejected = new Map<string, string>()
  const stored: Record<string, TLRecord> = {}
  for (const [id, value] of records.entries()) {
    if (!isSharedRecord({ id, type: claimedType(value) })) continue
    const entry = readBoardEntry(store, id, value)
    if (entry.kind === 'bad') rejected.set(id, entry.reason)
    else if (entry.kind === 'record') stored[id] = entry.record
  }

  const storedSchema = metaMap(doc).get(SCHEMA_KEY) as SerializedSchema | undefined
  const outdated =
    storedSchema !== undefined &&
    JSON.stringify(storedSchema) !== JSON.stringify(store.schema.serialize())
  let current = stored
  if (outdated) {
    const migrated = migrateRecords(store, stored, storedSchema, rejected)
    if (!migrated.ok) return { ok: false, reason: migrated.reason }
    current = migrated.records
  }

  const valid: Record<string, TLRecord> = {}
  for (const [id, record] of Object.entries(current)) {
    const checked = validateBoardRecord(store, record, 'initialize', null)
    if (checked.ok) valid[id] = checked.record
    else rejected.set(id, checked.reason)
  }

  if (outdated) {
    doc.transact(() => {
      for (const [id, record] of Object.entries(valid)) {
        if (JSON.stringify(stored[id]) !== JSON.stringify(record)) records.set(id, record)
      }
      metaMap(doc).set(SCHEMA_KEY, store.schema.serialize())
    }, LOCAL_STORE_ORIGIN)
  }

  const { first, later } = options.split
    ? options.split(Object.values(valid))
    : { first: Object.values(valid), later: [] }
  try {
    store.mergeRemoteChanges(() => {
      const stale = store
        .allRecords()
        .filter(
          (record) =>
            store.scopedTypes.document.has(record.typeName) &&
            !(record.id in valid) &&
            isSharedRecord(record),
        )
        .map((record) => record.id)
      if (stale.length > 0) store.remove(stale)
      for (const record of first) {
        // Validated already; this guards against whatever else `put` may refuse.
        try {
          store.put([record])
        } catch (error) {
          rejected.set(record.id, rejection(error))
        }
      }
    })
  } catch (error) {
    // Not a record's fault (those are caught above): tldraw itself could not settle the store.
    console.warn('reflectiebord: the board could not be loaded', rejection(error))
    return { ok: false, reason: 'invalid-records' }
  }

  // Without its document or its first page tldraw puts its own default in the store (when the
  // merge above ends). Writing that back replaces the bad record for everyone: these two are
  // the records a facilitator cannot remove.
  const healed = [...rejected.keys()].filter(
    (id) => REQUIRED_BOARD_RECORD_IDS.has(id) && store.has(id as TLRecord['id']),
  )
  if (healed.length > 0) {
    doc.transact(() => {
      for (const id of healed) {
        const record = store.get(id as TLRecord['id'])
        if (record) records.set(id, record)
        rejected.delete(id)
      }
    }, LOCAL_STORE_ORIGIN)
  }

  for (const [id, reason] of rejected) skipRecord(skipped, id, reason)
  return later.length > 0 ? { ok: true, heldBack: later } : { ok: true }
}

/**
 * Puts records `loadRecordsIntoStore` held back (validated then) into the store, as a remote
 * change, once the binding runs. What happened to one since counts instead: a record a remote
 * change brought or removed meanwhile is left as it is now, and a shape without its parent or
 * a binding without its shapes (removed meanwhile) stays out.
 */
export function putHeldBack(
  doc: Y.Doc,
  store: TLStore,
  skipped: SkippedRecordsStore,
  batch: readonly TLRecord[],
): void {
  const records = recordsMap(doc)
  const present = (id: string) => store.has(id as TLRecord['id'])
  store.mergeRemoteChanges(() => {
    for (const record of batch) {
      if (present(record.id) || !records.has(record.id)) continue
      if (record.typeName === 'binding' && !(present(record.fromId) && present(record.toId))) {
        continue
      }
      if (
        record.typeName === 'shape' &&
        record.parentId.startsWith('shape:') &&
        !present(record.parentId)
      ) {
        continue
      }
      try {
        store.put([record])
      } catch (error) {
        skipRecord(skipped, record.id, rejection(error))
      }
    }
  })
}

/**
 * Keeps store and Yjs in step from now on. Returns the function that stops it.
 * Never writes the whole store: only the records a local change touched.
 */
export function bindStoreToYDoc(
  doc: Y.Doc,
  store: TLStore,
  skipped: SkippedRecordsStore,
): () => void {
  const records = recordsMap(doc)

  const stopListening = store.listen(
    ({ changes }) => {
      const written: string[] = []
      doc.transact(() => {
        for (const record of Object.values(changes.added)) {
          if (!isSharedRecord(record)) continue
          records.set(record.id, record)
          written.push(record.id)
        }
        for (const [, record] of Object.values(changes.updated)) {
          if (!isSharedRecord(record)) continue
          records.set(record.id, record)
          written.push(record.id)
        }
        for (const record of Object.values(changes.removed)) {
          if (!isSharedRecord(record)) continue
          records.delete(record.id)
          written.push(record.id)
        }
      }, LOCAL_STORE_ORIGIN)
      // A record this page wrote has replaced (or removed) whatever bad value was there.
      if (skipped.getState().ids.length > 0) {
        for (const id of written) skipped.getState().forget(id)
      }
    },
    { source: 'user', scope: 'document' },
  )

  const onYjsChange = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    // Our own edits are already in the store.
    if (transaction.local) return
    const toPut: TLRecord[] = []
    const toRemove: TLRecord['id'][] = []
    for (const [id, change] of event.changes.keys) {
      const value: unknown = change.action === 'delete' ? undefined : records.get(id)
      // Zones come from session control only; a peer cannot add, replace or delete one.
      if (!isSharedRecord({ id, type: claimedType(value) })) continue
      if (change.action === 'delete') {
        if (store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id'])
        skipped.getState().forget(id)
        continue
      }
      const entry = readBoardEntry(store, id, value)
      if (entry.kind === 'not-board') continue
      if (entry.kind === 'bad') {
        // The store keeps the last good version, if it had one: nobody loses a note they see.
        skipRecord(skipped, id, entry.reason)
        continue
      }
      const before = store.get(id as TLRecord['id']) ?? null
      const phase = before ? 'updateRecord' : 'createRecord'
      const checked = validateBoardRecord(store, entry.record, phase, before)
      if (checked.ok) toPut.push(checked.record)
      else skipRecord(skipped, id, checked.reason)
    }
    if (toPut.length === 0 && toRemove.length === 0) return
    const accepted: string[] = []
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      for (const record of toPut) {
        try {
          store.put([record])
          accepted.push(record.id)
        } catch (error) {
          skipRecord(skipped, record.id, rejection(error))
        }
      }
    })
    for (const id of accepted) skipped.getState().forget(id)
  }
  records.observe(onYjsChange)

  return () => {
    stopListening()
    records.unobserve(onYjsChange)
  }
}
