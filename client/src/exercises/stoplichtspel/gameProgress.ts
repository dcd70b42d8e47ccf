import type { StoplichtGameState } from '@reflectiebord/shared'

/**
 * The statement "Volgende stelling" opens: the first one after the current statement that
 * has not been voted on yet, else simply the one after it; with no round yet, the first
 * statement nobody voted on. Null at the end of the list.
 */
export function nextStatementId(game: StoplichtGameState): string | null {
  const { statements, current, results } = game
  const played = (id: string) => (results[id]?.length ?? 0) > 0
  const from = current ? statements.findIndex((s) => s.id === current.statementId) + 1 : 0
  const after = statements.slice(from)
  return (after.find((s) => !played(s.id)) ?? (current ? after[0] : undefined))?.id ?? null
}

/** How many rounds a statement has had. */
export function roundsPlayed(game: StoplichtGameState, statementId: string): number {
  return game.results[statementId]?.length ?? 0
}
