import { type KeyboardEvent, useEffect, useRef } from 'react'
import type { SkippedRecordsStore } from '../../board/skippedRecords.ts'
import { clientExercises } from '../../exercises/registry.ts'
import { useT } from '../../i18n/useT.ts'
import { LockIcon } from '../../icons.tsx'
import { useControl } from '../ControlStoreContext.tsx'
import { FollowSection } from './FollowSection.tsx'
import { PeopleSection } from './PeopleSection.tsx'
import { PhaseSection } from './PhaseSection.tsx'
import { RecordSection } from './RecordSection.tsx'
import { SessionSection } from './SessionSection.tsx'
import { SkippedRecordsNotice } from './SkippedRecordsNotice.tsx'
import { TemplatesSection } from './TemplatesSection.tsx'
import { TimerSection } from './TimerSection.tsx'

export const FACILITATOR_PANEL_ID = 'facilitator-panel'

interface FacilitatorPanelProps {
  onClose(): void
  /** Records of the board this page could not show; null until the board is open. */
  skipped: SkippedRecordsStore | null
}

/**
 * The facilitator's controls, in a column left of the board (beside it, not over it, so
 * tldraw's menus and toolbar stay free). What is reached for most during a session comes
 * first (phase, timer, gathering everyone), then exercises, people, and closing.
 */
export function FacilitatorPanel({ onClose, skipped }: FacilitatorPanelProps) {
  const t = useT()
  const heading = useRef<HTMLHeadingElement>(null)
  const closed = useControl((control) => control.settings.closed)

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
        <PhaseSection />
        <TimerSection />
        <FollowSection />
        {clientExercises.map(({ module, FacilitatorSection }) =>
          FacilitatorSection ? <FacilitatorSection key={module.id} /> : null,
        )}
        <TemplatesSection />
        <PeopleSection />
      </fieldset>
      <RecordSection />
      <SessionSection />
    </aside>
  )
}
