import { activityFocus, getTemplate } from '@reflectiebord/shared'
import { useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { activeExercise, pick } from '../activeExercise.ts'
import { bringToAreas } from '../bringToActivity.ts'
import { useClockOffset, useControl, useEditor } from '../ControlStoreContext.tsx'
import { TimerDisplay } from './TimerDisplay.tsx'
import { useIsClamped } from './useIsClamped.ts'

/** Under the top bar, for everyone: the exercise, its phase, what to do now, and the timer. */
export function PhaseBanner() {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const active = useControl(useShallow(activeExercise))
  const timer = useControl((control) => control.timer)
  const chime = useControl((control) => control.settings.timerSound)
  const clockOffset = useClockOffset()
  const editor = useEditor()
  const activity = useControl((control) => control.activity)
  const areas = useControl((control) => control.areas)
  const focus = activityFocus({ activity, areas }, getTemplate)
  const [unfolded, setUnfolded] = useState(false)
  const instructionRef = useRef<HTMLParagraphElement>(null)
  const instruction = active ? pick(active.phase.instruction, language) : ''
  // Long instructions fold to one line: the banner must leave the board its room.
  const foldable = useIsClamped(instructionRef, instruction) || unfolded
  if (!active && !timer) return null
  return (
    <section className="phase-banner" data-testid="phase-banner" aria-label={t('phase.banner')}>
      <div className="phase-banner__text">
        {active ? (
          <>
            <p className="phase-banner__heading">
              <span className="phase-banner__exercise" data-testid="exercise-title">
                {pick(active.template.title, language)}
              </span>
              <span aria-hidden="true"> · </span>
              <span className="phase-banner__count">
                {t('phase.of', { number: active.phaseIndex + 1, count: active.phaseCount })}
              </span>
              <span aria-hidden="true"> · </span>
              <strong data-testid="phase-title">{pick(active.phase.title, language)}</strong>
            </p>
            <div className="phase-banner__instruction-row">
              <p
                ref={instructionRef}
                className={`phase-banner__instruction${unfolded ? '' : ' phase-banner__instruction--folded'}`}
                id="phase-instruction"
                data-testid="phase-instruction"
              >
                {instruction}
              </p>
              {foldable ? (
                <button
                  type="button"
                  className="button button--link phase-banner__action"
                  aria-expanded={unfolded}
                  aria-controls="phase-instruction"
                  onClick={() => setUnfolded((value) => !value)}
                >
                  {unfolded ? t('phase.showLess') : t('phase.showMore')}
                </button>
              ) : null}
              {editor && focus ? (
                <button
                  type="button"
                  className="button button--link phase-banner__action"
                  data-testid="go-to-activity"
                  onClick={() => bringToAreas(editor, focus.areas)}
                >
                  {t('phase.goToWork')}
                </button>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
      {timer ? <TimerDisplay timer={timer} clockOffset={clockOffset} chime={chime} /> : null}
    </section>
  )
}
