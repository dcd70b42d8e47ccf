import type * as Y from 'yjs'
import { ControlMaps } from '../control/controlState.ts'
import type { ExerciseModule } from './ExerciseModule.ts'

/**
 * Moves exercise slices that an older version kept in session control's `session` map into
 * the `games` map, where this version reads them (see `ExerciseSlice.formerSessionKeys`). A
 * slice already in `games` wins; the former key is removed either way. Returns whether the
 * document changed; call it inside the server's own transaction, so the move is stored and
 * relayed like any server change.
 */
export function upgradeControlDocument(
  doc: Y.Doc,
  modules: readonly Pick<ExerciseModule, 'slice'>[],
): boolean {
  const session = doc.getMap<unknown>(ControlMaps.session)
  const games = doc.getMap<unknown>(ControlMaps.games)
  let changed = false
  for (const { slice } of modules) {
    for (const former of slice?.formerSessionKeys ?? []) {
      if (!slice || !session.has(former)) continue
      if (!games.has(slice.key)) games.set(slice.key, session.get(former))
      session.delete(former)
      changed = true
    }
  }
  return changed
}

/** Whether `upgradeControlDocument` would change the document: a cheap look, no transaction. */
export function controlDocumentNeedsUpgrade(
  doc: Y.Doc,
  modules: readonly Pick<ExerciseModule, 'slice'>[],
): boolean {
  const session = doc.getMap<unknown>(ControlMaps.session)
  return modules.some(({ slice }) => slice?.formerSessionKeys?.some((key) => session.has(key)))
}
