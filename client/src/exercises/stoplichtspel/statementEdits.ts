import { ownStatement, type Statement } from '@reflectiebord/shared'

/**
 * Edits of the statement list. The server takes the whole list in one `stoplicht.setup`,
 * so every edit is a new list: pure functions, easy to reason about, no half-applied state.
 */

export function moveStatement(list: readonly Statement[], from: number, to: number): Statement[] {
  if (to < 0 || to >= list.length || from === to) return [...list]
  const next = [...list]
  const [moved] = next.splice(from, 1)
  if (moved) next.splice(to, 0, moved)
  return next
}

export function removeStatement(list: readonly Statement[], id: string): Statement[] {
  return list.filter((statement) => statement.id !== id)
}

/** A facilitator's edit replaces both languages: a stale translation would say something else. */
export function replaceText(
  list: readonly Statement[],
  id: string,
  checkedText: string,
): Statement[] {
  return list.map((statement) =>
    statement.id === id ? ownStatement(statement.id, checkedText) : statement,
  )
}

/** A fresh id for a typed statement: short, URL-safe, no colon (it ends up in box ids). */
export function newStatementId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `eigen-${crypto.randomUUID().slice(0, 8)}`
    if (!taken.has(id)) return id
  }
}

export function addStatement(list: readonly Statement[], checkedText: string): Statement[] {
  const id = newStatementId(new Set(list.map((s) => s.id)))
  return [...list, ownStatement(id, checkedText)]
}

/** Adds the chosen statements that are not in the list yet, keeping their own ids and texts. */
export function addMissing(list: readonly Statement[], chosen: readonly Statement[]): Statement[] {
  const present = new Set(list.map((s) => s.id))
  return [
    ...list,
    ...chosen.filter((s) => !present.has(s.id)).map(({ id, text }) => ({ id, text })),
  ]
}
