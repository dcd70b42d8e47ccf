import { exercises, resultsCardPlace } from '@reflectiebord/shared'
import { useMemo } from 'react'
import { loadedInstances } from '../../control/activeExercise.ts'
import { useControl } from '../../control/ControlStoreContext.tsx'
import { usePartsInUse } from '../../exercises/exerciseParts.ts'

/**
 * The results of the exercises that are no longer on stage, each under its own zones on the
 * board: one activity at a time above the board, and what came of the earlier ones still in
 * reach where they were played. Drawn in tldraw's canvas layer (page units, moving with the
 * camera, behind every shape); not a shape, so nothing of it enters the shared board, the undo
 * history or a selection. Each exercise decides what its card shows, and whether it has one.
 */
export function ResultsOnBoard() {
  const areas = useControl((control) => control.areas)
  const activeInstance = useControl((control) => control.activity?.instanceId ?? null)
  // A copy on the board puts its exercise in use: its parts are loaded, or on their way.
  const { ready } = usePartsInUse()
  const cards = useMemo(
    () =>
      loadedInstances(areas).flatMap((instance) => {
        if (instance.instanceId === activeInstance) return []
        const moduleId = exercises.moduleOfTemplate(instance.templateId)?.id
        const Results = ready.find(({ exercise }) => exercise.module.id === moduleId)?.parts
          .BoardResults
        const place = resultsCardPlace(instance.instanceId, areas)
        return Results && place ? [{ place, Results }] : []
      }),
    [areas, activeInstance, ready],
  )
  return (
    <>
      {cards.map(({ place, Results }) => (
        <div
          key={place.instanceId}
          className="results-card__place"
          style={{ transform: `translate(${place.x}px, ${place.y}px)`, width: place.w }}
        >
          <Results instanceId={place.instanceId} />
        </div>
      ))}
    </>
  )
}
