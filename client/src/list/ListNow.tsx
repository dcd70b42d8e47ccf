import { useEffect, useId, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { type ActiveExercise, activeExercise, pick } from '../control/activeExercise.ts'
import { TimerDisplay } from '../control/banners/TimerDisplay.tsx'
import { useIsClamped } from '../control/banners/useIsClamped.ts'
import { useClockOffset, useControl } from '../control/ControlStoreContext.tsx'
import { usePartsInUse } from '../exercises/exerciseParts.ts'
import type { Language } from '../i18n/languages.ts'
import { useT } from '../i18n/useT.ts'
import { useUiStore } from '../state/uiStore.ts'
import { AddNoteForm } from './AddNoteForm.tsx'
import { useListT } from './messages.ts'

/**
 * The top of the list: the exercise and phase everyone is in, what to do, the timer, what
 * the exercise asks now (the statement to vote on, the picture to choose), and, when the
 * phase writes in a zone, the form to write there.
 */
export function ListNow() {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const active = useControl(useShallow(activeExercise))
  const timer = useControl((control) => control.timer)
  const chime = useControl((control) => control.settings.timerSound)
  const clockOffset = useClockOffset()
  const inUse = usePartsInUse()
  const areaId = active?.phase.areaId
  const phaseZone = useControl((control) =>
    active && areaId
      ? (control.areas.find(
          (area) => area.instanceId === active.instanceId && area.areaId === areaId,
        ) ?? null)
      : null,
  )
  const announcement = usePhaseAnnouncement(active, language)
  return (
    <section className="list-now" aria-labelledby="list-now-heading" data-testid="list-now">
      <p className="visually-hidden" aria-live="polite" data-testid="list-phase-announcement">
        {announcement}
      </p>
      <h3 id="list-now-heading" className="list-now__heading">
        {t('list.now')}
        {active ? (
          <>
            <span aria-hidden="true">: </span>
            <span className="visually-hidden">, </span>
            <span data-testid="list-exercise-title">{pick(active.template.title, language)}</span>
          </>
        ) : null}
      </h3>
      {active ? (
        <>
          <p className="list-now__phase" data-testid="list-phase">
            {t('list.phase', {
              number: active.phaseIndex + 1,
              count: active.phaseCount,
              title: pick(active.phase.title, language),
            })}
          </p>
          <Instruction text={pick(active.phase.instruction, language)} />
        </>
      ) : (
        <p className="muted">{t('list.noActivity')}</p>
      )}
      {timer ? <TimerDisplay timer={timer} clockOffset={clockOffset} chime={chime} /> : null}
      {inUse.ready.map(({ exercise, parts }) =>
        parts.list?.Now ? <parts.list.Now key={exercise.module.id} /> : null,
      )}
      {phaseZone ? (
        <div className="list-now__write" data-testid="list-now-write">
          <AddNoteForm zone={phaseZone} open />
        </div>
      ) : null}
    </section>
  )
}

/**
 * The phase's instruction, folded to three lines when longer (on a phone it would push what
 * to do off the screen); a screen reader reads all of it either way.
 */
function Instruction({ text }: { text: string }) {
  const t = useT()
  const id = useId()
  const [unfolded, setUnfolded] = useState(false)
  const ref = useRef<HTMLParagraphElement>(null)
  const foldable = useIsClamped(ref, text) || unfolded
  return (
    <>
      <p
        ref={ref}
        id={id}
        // Folded unless unfolded: whether three lines hide anything is measured folded.
        className={`list-now__instruction${unfolded ? '' : ' list-now__instruction--folded'}`}
        data-testid="list-instruction"
      >
        {text}
      </p>
      {foldable ? (
        <button
          type="button"
          className="button button--link list-now__more"
          aria-expanded={unfolded}
          aria-controls={id}
          onClick={() => setUnfolded((value) => !value)}
        >
          {unfolded ? t('phase.showLess') : t('phase.showMore')}
        </button>
      ) : null}
    </>
  )
}

/**
 * What a screen reader hears when the facilitator moves on: the exercise and the new phase.
 * Only changes seen while the list is open; what was there on arrival the list itself shows.
 */
function usePhaseAnnouncement(active: ActiveExercise | null, language: Language): string {
  const t = useListT()
  const [message, setMessage] = useState('')
  const key = active ? `${active.instanceId}:${active.phaseIndex}` : ''
  const previous = useRef<string | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = key
    if (before === null || before === key || !active) return
    const sentence = t('list.phaseAnnouncement', {
      exercise: pick(active.template.title, language),
      phase: t('list.phase', {
        number: active.phaseIndex + 1,
        count: active.phaseCount,
        title: pick(active.phase.title, language),
      }),
    })
    // A title may end in its own question mark ("Wat neem ik mee?").
    setMessage(/[.?!]$/.test(sentence) ? sentence : `${sentence}.`)
  }, [key, active, t, language])
  return message
}
