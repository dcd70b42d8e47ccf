import * as v from 'valibot'

/**
 * Small wrappers around localStorage (and sessionStorage, for what must not outlive a tab).
 * Storage can be unavailable (private windows, policies, full quota); the app must keep
 * working then, it only forgets more.
 */
const PREFIX = 'reflectiebord:'

export type StorageArea = 'local' | 'session'

function storage(area: StorageArea): Storage {
  return area === 'local' ? globalThis.localStorage : globalThis.sessionStorage
}

export function readStored(key: string, area: StorageArea = 'local'): string | null {
  try {
    return storage(area).getItem(PREFIX + key)
  } catch {
    return null
  }
}

export function writeStored(key: string, value: string | null, area: StorageArea = 'local'): void {
  try {
    if (value === null) storage(area).removeItem(PREFIX + key)
    else storage(area).setItem(PREFIX + key, value)
  } catch {
    // Storage refused: nothing else to do, the value lives on in memory for this page.
  }
}

const JsonSchema = v.pipe(v.string(), v.parseJson())

export function readStoredJson(key: string, area: StorageArea = 'local'): unknown {
  const parsed = v.safeParse(JsonSchema, readStored(key, area))
  return parsed.success ? parsed.output : null
}

export function writeStoredJson(key: string, value: unknown, area: StorageArea = 'local'): void {
  writeStored(key, JSON.stringify(value), area)
}

/**
 * What is stored under `key` as JSON, read with `schema`; `fallback` when nothing is stored or
 * what is stored does not fit (an older version of the page, a hand edit, another app on the
 * same origin). Never throws: stored data must not stop the page from opening.
 */
export function readStoredWith<TSchema extends v.GenericSchema>(
  key: string,
  schema: TSchema,
  fallback: v.InferOutput<TSchema>,
  area: StorageArea = 'local',
): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, readStoredJson(key, area))
  return result.success ? result.output : fallback
}

function fits<TItem extends v.GenericSchema>(item: TItem, value: unknown): v.InferOutput<TItem>[] {
  const result = v.safeParse(item, value)
  return result.success ? [result.output] : []
}

/** A stored list keeps the entries that still fit `item`: one bad entry does not cost the rest. */
export function lenientArray<TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((entries) => entries.flatMap((entry) => fits(item, entry))),
  )
}

/** The same for a stored object used as a map: entries that do not fit `item` are left out. */
export function lenientRecord<TItem extends v.GenericSchema>(item: TItem) {
  return v.pipe(
    // valibot's record would take a list as a map from indexes; a stored list is not one.
    v.custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    ),
    v.transform((record) =>
      Object.fromEntries(
        Object.entries(record).flatMap(([key, value]) =>
          fits(item, value).map((output) => [key, output] as const),
        ),
      ),
    ),
  )
}
