import type { TLRecord, TLStore } from 'tldraw'

/**
 * Checking one value of the board document before it enters the tldraw store. Any client can
 * write anything under any key of the records map; one value that does not fit tldraw's schema
 * must cost that one record, never the board (`store.put` throws for the whole batch).
 */

export type BoardEntry =
  | { kind: 'record'; record: TLRecord }
  /** A record tldraw keeps per browser (camera, pointer, instance): never board content. */
  | { kind: 'not-board' }
  | { kind: 'bad'; reason: string }

export type RecordCheck = { ok: true; record: TLRecord } | { ok: false; reason: string }

/** What the value under `key` is, before any migration: a record, someone else's, or junk. */
export function readBoardEntry(store: TLStore, key: string, value: unknown): BoardEntry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'bad', reason: 'not a record' }
  }
  const { id, typeName } = value as { id?: unknown; typeName?: unknown }
  // The binding puts records by their id; one under another key would land on that other one.
  if (id !== key) return { kind: 'bad', reason: 'its id is not its key' }
  if (typeof typeName !== 'string' || !Object.hasOwn(store.schema.types, typeName)) {
    return { kind: 'bad', reason: 'unknown record type' }
  }
  // The binding only ever writes document records; another client's camera is not ours to take.
  if (!store.scopedTypes.document.has(typeName as TLRecord['typeName'])) {
    return { kind: 'not-board' }
  }
  return { kind: 'record', record: value as TLRecord }
}

/**
 * tldraw's own validation of a record in the current schema (after migration, as tldraw's store
 * does): the same check `store.put` makes, but for one record, with a reason to log.
 */
export function validateBoardRecord(
  store: TLStore,
  record: TLRecord,
  phase: 'initialize' | 'createRecord' | 'updateRecord',
  before: TLRecord | null,
): RecordCheck {
  try {
    return { ok: true, record: store.schema.validateRecord(store, record, phase, before) }
  } catch (error) {
    return { ok: false, reason: rejection(error) }
  }
}

/**
 * Where a record failed, never what it held: validation messages can quote the value, and a
 * note's value is what someone wrote.
 */
export function rejection(error: unknown): string {
  const path = (error as { path?: unknown } | null)?.path
  if (Array.isArray(path) && path.length > 0) {
    return `does not fit the schema at ${path.map(String).join('.').slice(0, 120)}`
  }
  return 'does not fit the schema'
}
