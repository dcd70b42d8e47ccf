import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { activeExercise, pick } from '../activeExercise.ts'
import { CommandError } from '../CommandError.tsx'
import { useControl } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { PanelSection } from './PanelSection.tsx'

/** Where the group is in the active exercise, and moving on (or back, or anywhere). */
export function PhaseSection() {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const command = useCommand()
  const active = useControl(useShallow(activeExercise))

  if (!active) {
    return (
      <PanelSection id="phase" heading={t('phases.heading')}>
        <p className="muted">{t('phases.none')}</p>
      </PanelSection>
    )
  }
  const { phaseIndex, phaseCount } = active
  return (
    <PanelSection id="phase" heading={t('phases.heading')}>
      <p className="phase-section__current" data-testid="phase-current">
        {t('phases.current', { number: phaseIndex + 1, count: phaseCount })}:{' '}
        <strong>{pick(active.phase.title, language)}</strong>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          data-testid="phase-previous"
          disabled={phaseIndex === 0}
          onClick={() => void command.run({ type: 'phase.previous' })}
        >
          <span aria-hidden="true">← </span>
          {t('phases.previous')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="phase-next"
          disabled={phaseIndex >= phaseCount - 1}
          onClick={() => void command.run({ type: 'phase.next' })}
        >
          {t('phases.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <nav aria-label={t('phases.jumpTo')}>
        <ol className="phase-list">
          {active.template.phases.map((phase, index) => {
            const current = index === phaseIndex
            return (
              <li key={phase.id}>
                <button
                  type="button"
                  className={`phase-list__button${current ? ' phase-list__button--current' : ''}`}
                  data-testid={`phase-set-${index}`}
                  aria-current={current ? 'step' : undefined}
                  onClick={() => {
                    if (!current) void command.run({ type: 'phase.set', index })
                  }}
                >
                  <span className="phase-list__marker" aria-hidden="true">
                    {current ? '▶' : ''}
                  </span>
                  <span>{pick(phase.title, language)}</span>
                  <span className="phase-list__minutes">{phase.durationMinutes} min</span>
                  {current ? (
                    <span className="visually-hidden">({t('phases.currentMarker')})</span>
                  ) : null}
                </button>
              </li>
            )
          })}
        </ol>
      </nav>
      <CommandError error={command.error} />
    </PanelSection>
  )
}
