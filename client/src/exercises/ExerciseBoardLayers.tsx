import type { Editor } from 'tldraw'
import { useT } from '../i18n/useT.ts'
import { usePartsInUse } from './exerciseParts.ts'

/**
 * The board layers of the exercises in use, in the registry's order, as their chunks arrive;
 * a calm line while one could not be fetched (it is asked for again when the network is back).
 */
export function ExerciseBoardLayers({ editor }: { editor: Editor | null }) {
  const t = useT()
  const { ready, failed } = usePartsInUse()
  return (
    <>
      {failed ? (
        <p className="board-alert" role="status" data-testid="exercise-parts-failed">
          {t('chunk.partsFailed')}
        </p>
      ) : null}
      {ready.map(({ exercise, parts }) =>
        parts.BoardLayer ? <parts.BoardLayer key={exercise.module.id} editor={editor} /> : null,
      )}
    </>
  )
}
