import { type KeyboardEvent, useEffect, useRef } from 'react'
import type { SkippedRecordsStore } from '../../board/skippedRecords.ts'
import { useAllParts } from '../../exercises/exerciseParts.ts'
import { useT } from '../../i18n/useT.ts'
import { LockIcon } from '../../icons.tsx'
import { useControl } from '../ControlStoreContext.tsx'
import { useActiveModuleId } from '../useActiveModuleId.ts'
import { FoldedSection } from './FoldedSection.tsx'
import { FollowSection } from './FollowSection.tsx'
import { FACILITATOR_PANEL_ID } from './facilitatorPanelId.ts'
import { PeopleSection } from './PeopleSection.tsx'
import { PhaseSection } from './PhaseSection.tsx'
import { RecordSection } from './RecordSection.tsx'
import { SessionSection } from './SessionSection.tsx'
import { SkippedRecordsNotice } from './SkippedRecordsNotice.tsx'
import { TemplatesSection } from './TemplatesSection.tsx'
import { TimerSection } from './TimerSection.tsx'

interface FacilitatorPanelProps {
  onClose(): void
  /** Records of the board this page could not show; null until the board is open. */
  skipped: SkippedRecordsStore | null
}

/**
 * The facilitator's controls, in a column left of the board (beside it, not over it, so
 * tldraw's menus and toolbar stay free). It leads: when nothing runs, the exercises to choose
 * from come first; when one runs, where we are and the next step (phases, timer), then that
 * exercise's own controls. What is used now and then (another exercise, preparing one, people
 * and the cap, closing or deleting) is folded away below.
 */
export function FacilitatorPanel({ onClose, skipped }: FacilitatorPanelProps) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const closed = useControl((control) => control.settings.closed)
  const running = useControl((control) => control.activity !== null)
  const peopleOnline = useControl(
    (control) => control.people.filter((person) => person.online).length,
  )
  const activeModuleId = useActiveModuleId()
  const withSection = useAllParts().ready.filter(({ parts }) => parts.FacilitatorSection)
  const active = withSection.find(({ exercise }) => exercise.module.id === activeModuleId)
  const others = withSection.filter((loaded) => loaded !== active)

  // Opening moves focus into the panel, so keyboard users land where they asked to go.
  useEffect(() => heading.current?.focus(), [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }

  return (
    <aside
      id={FACILITATOR_PANEL_ID}
      className="facilitator-panel"
      data-testid="facilitator-panel"
      aria-labelledby="facilitator-panel-heading"
      onKeyDown={onKeyDown}
    >
      <div className="facilitator-panel__header">
        <h2 id="facilitator-panel-heading" ref={heading} tabIndex={-1}>
          {t('facilitator.panel')}
        </h2>
        <button
          type="button"
          className="button button--small"
          data-testid="facilitator-panel-close"
          onClick={onClose}
          aria-label={t('facilitator.close')}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {closed ? (
        <p className="notice" role="status">
          <LockIcon /> {t('sessionPanel.closedNote')}
        </p>
      ) : null}
      {/* Outside the fieldset: removing a record nobody can see is allowed on a closed board. */}
      {skipped ? <SkippedRecordsNotice skipped={skipped} /> : null}
      {/* A closed session refuses every command but reopening: say so by disabling them. */}
      <fieldset className="facilitator-panel__body" disabled={closed}>
        {running ? (
          <>
            <PhaseSection />
            <TimerSection />
          </>
        ) : (
          <TemplatesSection heading={t('templates.choose')} />
        )}
        {active?.parts.FacilitatorSection ? <active.parts.FacilitatorSection /> : null}
        <FollowSection />
        {running ? null : <TimerSection />}
        {running ? (
          <FoldedSection id="templates" summary={t('panelFold.otherExercise')}>
            <TemplatesSection />
          </FoldedSection>
        ) : null}
        {/* Preparing is the work while nothing runs; during another exercise it waits, folded. */}
        {running && others.length > 0 ? (
          <FoldedSection id="prepare" summary={t('panelFold.prepare')}>
            {others.map(({ exercise, parts }) =>
              parts.FacilitatorSection ? (
                <parts.FacilitatorSection key={exercise.module.id} />
              ) : null,
            )}
          </FoldedSection>
        ) : (
          others.map(({ exercise, parts }) =>
            parts.FacilitatorSection ? <parts.FacilitatorSection key={exercise.module.id} /> : null,
          )
        )}
        <FoldedSection id="people" summary={t('panelFold.people', { count: peopleOnline })}>
          <PeopleSection />
        </FoldedSection>
      </fieldset>
      <RecordSection />
      <FoldedSection id="session" summary={t('panelFold.session')} tone="danger">
        <SessionSection />
      </FoldedSection>
    </aside>
  )
}
