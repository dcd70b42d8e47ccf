import { getTemplate } from '@reflectiebord/shared'
import { type ReactNode, useMemo } from 'react'
import { loadedInstances, pick } from '../../control/activeExercise.ts'
import { useControl } from '../../control/ControlStoreContext.tsx'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import './resultsCard.css'

/**
 * The card an exercise fills with the results of one of its copies, on the board under that
 * copy's zones (placed by `ResultsOnBoard`): titled with the template (and its copy number when
 * loaded twice), so it reads as belonging to the zones above it.
 */
export function ResultsCard({ instanceId, children }: { instanceId: string; children: ReactNode }) {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const areas = useControl((control) => control.areas)
  const instance = useMemo(
    () => loadedInstances(areas).find((copy) => copy.instanceId === instanceId),
    [areas, instanceId],
  )
  const template = instance ? getTemplate(instance.templateId) : undefined
  const name = template ? pick(template.title, language) : (instance?.templateId ?? '')
  const title = instance && instance.copyNumber > 1 ? `${name} (${instance.copyNumber})` : name
  const headingId = `board-results-${instanceId.replace(/[^A-Za-z0-9_-]/g, '_')}`
  return (
    <section
      className="results-card"
      aria-labelledby={headingId}
      data-testid="board-results"
      data-instance-id={instanceId}
    >
      <h2 id={headingId} className="results-card__title">
        {t('board.results', { title })}
      </h2>
      <p className="results-card__hint">{t('board.resultsHint')}</p>
      {children}
    </section>
  )
}
