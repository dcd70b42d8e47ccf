import { getExampleCase } from '@reflectiebord/shared'
import { useState } from 'react'
import { Box, type Editor } from 'tldraw'
import { pick } from '../../control/activeExercise.ts'
import { useControl, useMe } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { BringerBadge } from './BringerBadge.tsx'
import { CasusOverlay } from './CasusOverlay.tsx'
import { type ActiveCasus, findPerson } from './casusModel.ts'
import { useCasusT } from './messages.ts'
import { PrivacyReminder } from './PrivacyReminder.tsx'
import { RedactButton } from './RedactButton.tsx'
import { useActiveCasus, useCase } from './useCasus.ts'
import { useBringerZoneWarning, useColumnTagging, useForgetRedactedText } from './useCasusBoard.ts'
import { useCasusNudge } from './useCasusNudge.ts'

/**
 * What everyone sees of a case discussion: a strip above the board (who brings the case, the
 * rule of this step, the practice case), and on the board itself the zone of this step lit
 * up, the analysis columns, and question marks on the questions' notes.
 */
export function CasusBoardLayer({ editor }: { editor: Editor | null }) {
  const me = useMe()
  const people = useControl((control) => control.people)
  const { bringerPublicId } = useCase()
  const active = useActiveCasus()
  // Redactions can come at any time, also after the case discussion.
  useForgetRedactedText(editor)
  useColumnTagging(editor, active, people, bringerPublicId)
  const warning = useBringerZoneWarning(editor, active, bringerPublicId, me.publicId)

  if (!active) return null
  return (
    <>
      <PrivacyReminder />
      <CasusStrip editor={editor} active={active} warning={warning} />
      {editor ? <CasusOverlay editor={editor} active={active} /> : null}
    </>
  )
}

function zoomTo(editor: Editor, box: { x: number; y: number; w: number; h: number }) {
  editor.zoomToBounds(new Box(box.x, box.y, box.w, box.h), {
    inset: 32,
    targetZoom: 1,
    animation: { duration: editor.options.animationMediumMs },
  })
}

function CasusStrip({
  editor,
  active,
  warning,
}: {
  editor: Editor | null
  active: ActiveCasus
  warning: { shown: boolean; dismiss(): void }
}) {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const me = useMe()
  const people = useControl((control) => control.people)
  const bringerId = useCase().bringerPublicId
  const bringer = findPerson(people, bringerId)
  const { nudge, text: nudgeText, myColumn, iAmBringer } = useCasusNudge(active)
  const zone = active.zone
  const zoneTitle = zone ? pick(zone.title, language) : ''

  return (
    <section className="casus-strip" data-testid="casus-strip" aria-label={m('strip.label')}>
      <div className="casus-strip__bar">
        {bringer ? (
          <span className="casus-strip__bringer">
            <BringerBadge testId="casus-bringer-badge" />{' '}
            <strong data-testid="casus-bringer-name">
              {bringer.name}
              {iAmBringer ? ` (${m('bringer.you')})` : null}
            </strong>
            {bringer.online ? null : (
              <span className="casus-offline" data-testid="casus-bringer-offline">
                {' '}
                {m('bringer.offline')}
              </span>
            )}
          </span>
        ) : (
          <span className="muted casus-strip__bringer">{m('strip.noBringer')}</span>
        )}
        {nudgeText ? (
          <span className="casus-nudge" data-testid="casus-nudge" data-nudge={nudge}>
            <span className="casus-nudge__mark" aria-hidden="true">
              {nudge === 'questions-only' ? '?' : nudge === 'own-column' ? '▥' : '✎'}
            </span>
            {nudgeText}
          </span>
        ) : null}
        {zone ? (
          <span className="visually-hidden" aria-live="polite">
            {m('zone.nowLabel', { title: zoneTitle })}
          </span>
        ) : null}
        <span className="casus-strip__actions">
          {editor && myColumn ? (
            <button
              type="button"
              className="button button--small"
              data-testid="casus-go-to-column"
              onClick={() => zoomTo(editor, myColumn)}
            >
              {m('strip.goToColumn')}
            </button>
          ) : null}
          {editor && me.isFacilitator ? <RedactButton editor={editor} /> : null}
        </span>
      </div>
      {warning.shown ? (
        <p className="casus-warning" role="status" data-testid="casus-bringer-zone-warning">
          <span aria-hidden="true">✎ </span>
          {m('warning.bringerZone')}{' '}
          <button type="button" className="button button--small" onClick={warning.dismiss}>
            {m('warning.dismiss')}
          </button>
        </p>
      ) : null}
      <ExampleCard phaseIndex={active.phaseIndex} />
    </section>
  )
}

/**
 * The practice case, readable for everyone above the board. In the first step, while the
 * case is told, it shows in full; after that only its question stays (the board needs the
 * room), and anyone can unfold the situation again.
 */
function ExampleCard({ phaseIndex }: { phaseIndex: number }) {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const exampleId = useCase().exampleCaseId
  const example = exampleId ? getExampleCase(exampleId) : null
  // My own choice holds for this case and step; a new step starts from its default again.
  const [choice, setChoice] = useState<{ key: string; open: boolean } | null>(null)
  if (!example) return null
  const key = `${example.id}:${phaseIndex}`
  const open = choice?.key === key ? choice.open : phaseIndex === 0
  return (
    <article
      className={`casus-example${open ? '' : ' casus-example--compact'}`}
      data-testid="casus-example-card"
      data-example-id={example.id}
      data-open={open ? 'true' : 'false'}
      aria-labelledby="casus-example-title"
    >
      <div className="casus-example__bar">
        <h2 className="casus-example__title" id="casus-example-title">
          <span className="casus-example__kind">{m('example.card')}:</span>{' '}
          {pick(example.title, language)}
        </h2>
        <button
          type="button"
          className="button button--small casus-example__fold"
          aria-expanded={open}
          aria-controls="casus-example-situation"
          data-testid="casus-example-fold"
          onClick={() => setChoice({ key, open: !open })}
        >
          <span aria-hidden="true">{open ? '▴ ' : '▾ '}</span>
          {open ? m('example.hide') : m('example.show')}
        </button>
      </div>
      <p id="casus-example-situation" className="casus-example__situation" hidden={!open}>
        <span className="visually-hidden">{m('example.situation')}: </span>
        {pick(example.situation, language)}
      </p>
      <p className="casus-example__question">
        <span className="casus-example__label">{m('example.question')}:</span>{' '}
        <strong>{pick(example.question, language)}</strong>
      </p>
    </article>
  )
}
