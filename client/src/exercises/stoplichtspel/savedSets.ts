import { checkStatementText, isStatementId, type Statement } from '@reflectiebord/shared'
import { readStoredJson, writeStoredJson } from '../../state/storage.ts'

/**
 * Statement sets a facilitator saved "for next time". Kept in this browser only
 * (localStorage): statements can say something about a team, and nothing leaves the
 * server the team runs, so they are not uploaded anywhere.
 */
export interface SavedSet {
  name: string
  statements: Statement[]
  savedAt: number
}

const KEY = 'stoplicht-sets'
export const SET_NAME_MAX_LENGTH = 60
const MAX_SETS = 30

function parseStatement(raw: unknown): Statement | null {
  const entry = raw as { id?: unknown; text?: { nl?: unknown; en?: unknown } } | null
  if (!entry || !isStatementId(entry.id)) return null
  const nl = checkStatementText(entry.text?.nl)
  if (!nl.ok) return null
  const en = checkStatementText(entry.text?.en)
  return { id: entry.id, text: { nl: nl.value, en: en.ok ? en.value : nl.value } }
}

/** The saved sets, newest first; anything unreadable (an older version, a hand edit) is skipped. */
export function readSavedSets(): SavedSet[] {
  const raw = readStoredJson(KEY)
  if (!Array.isArray(raw)) return []
  const sets: SavedSet[] = []
  for (const item of raw) {
    const set = item as { name?: unknown; statements?: unknown; savedAt?: unknown } | null
    if (!set || typeof set.name !== 'string' || !Array.isArray(set.statements)) continue
    const statements = set.statements.map(parseStatement)
    if (statements.length === 0 || statements.some((s) => s === null)) continue
    sets.push({
      name: set.name,
      statements: statements as Statement[],
      savedAt: typeof set.savedAt === 'number' ? set.savedAt : 0,
    })
  }
  return sets.sort((a, b) => b.savedAt - a.savedAt)
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
