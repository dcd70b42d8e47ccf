import { type Statement, StatementSchema } from '@reflectiebord/shared'
import * as v from 'valibot'
import { lenientArray, readStoredWith, writeStoredJson } from '../../state/storage.ts'

/**
 * Statement sets a facilitator saved "for next time". Kept in this browser only
 * (localStorage): statements can say something about a team, and nothing leaves the
 * server the team runs, so they are not uploaded anywhere.
 */
const SavedSetSchema = v.object({
  name: v.string(),
  // The same rules as a statement typed now, so a hand-edited set cannot bring in what the
  // form would refuse; a set with any statement that does not fit is skipped whole.
  statements: v.pipe(v.array(StatementSchema), v.nonEmpty()),
  // A set without a date still loads; it sorts as the oldest.
  savedAt: v.fallback(v.number(), 0),
})
export type SavedSet = v.InferOutput<typeof SavedSetSchema>

const KEY = 'stoplicht-sets'
export const SET_NAME_MAX_LENGTH = 60
const MAX_SETS = 30

const SavedSetsSchema = lenientArray(SavedSetSchema)

/** The saved sets, newest first; anything unreadable (an older version, a hand edit) is skipped. */
export function readSavedSets(): SavedSet[] {
  return readStoredWith(KEY, SavedSetsSchema, []).sort((a, b) => b.savedAt - a.savedAt)
}

/** Saves under a name; the same name (ignoring case) replaces the older set. */
export function saveSet(name: string, statements: Statement[], now = Date.now()): SavedSet[] {
  const others = readSavedSets().filter((s) => s.name.toLowerCase() !== name.toLowerCase())
  const sets = [{ name, statements, savedAt: now }, ...others].slice(0, MAX_SETS)
  writeStoredJson(KEY, sets)
  return sets
}

export function deleteSet(name: string): SavedSet[] {
  const sets = readSavedSets().filter((s) => s.name !== name)
  writeStoredJson(KEY, sets)
  return sets
}
