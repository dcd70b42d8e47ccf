import { isRunning, isUnderway, remainingAt, TIMER_LIMITS } from '@reflectiebord/shared'
import { type FormEvent, useEffect, useState } from 'react'
import { useT } from '../../i18n/useT.ts'
import { PauseIcon, PlayIcon } from '../../icons.tsx'
import { activeExercise } from '../activeExercise.ts'
import { CommandError } from '../CommandError.tsx'
import { useClockOffset, useControl } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { PanelSection } from './PanelSection.tsx'

const MINUTE_MS = 60_000

/** Starts, pauses and adjusts the shared timer; everyone sees it in the phase banner. */
export function TimerSection() {
  const t = useT()
  const clockOffset = useClockOffset()
  const command = useCommand()
  const timer = useControl((control) => control.timer)
  const settings = useControl((control) => control.settings)
  const phaseMinutes = useControl((control) => activeExercise(control)?.phase.durationMinutes)
  // The time box of the phase (the server sets it on every phase change), else 5 minutes.
  const defaultMinutes = timer
    ? Math.max(1, Math.round(timer.durationMs / MINUTE_MS))
    : (phaseMinutes ?? 5)
  const [minutes, setMinutes] = useState(String(defaultMinutes))
  useEffect(() => setMinutes(String(defaultMinutes)), [defaultMinutes])

  const running = timer !== null && isRunning(timer)
  const now = Date.now() + clockOffset
  const left = timer ? remainingAt(timer, now) : 0
  // A timer set by hand outlives phase changes; offer the phase's own time box beside it.
  const ownTimerCarriesOn =
    timer !== null &&
    timer.setBy === 'facilitator' &&
    isUnderway(timer, now) &&
    phaseMinutes !== undefined &&
    timer.durationMs !== phaseMinutes * MINUTE_MS

  const configure = (change: { autoStart?: boolean; sound?: boolean }) =>
    void command.run({
      type: 'timer.configure',
      autoStart: change.autoStart ?? settings.timerAutoStart,
      sound: change.sound ?? settings.timerSound,
    })

  const onStart = (event: FormEvent) => {
    event.preventDefault()
    const durationMs = Math.round(Number(minutes) * MINUTE_MS)
    void command.run({
      type: 'timer.start',
      durationMs: Number.isFinite(durationMs) ? durationMs : TIMER_LIMITS.maxDurationMs + 1,
    })
  }

  return (
    <PanelSection id="timer" heading={t('timerPanel.heading')}>
      <form className="timer-form" onSubmit={onStart} noValidate>
        <label htmlFor="timer-minutes">{t('timerPanel.minutes')}</label>
        <input
          id="timer-minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={TIMER_LIMITS.maxDurationMs / MINUTE_MS}
          step={1}
          value={minutes}
          onChange={(event) => setMinutes(event.target.value)}
          data-testid="timer-minutes"
        />
        <button
          type="submit"
          className="button button--small button--primary"
          data-testid="timer-start"
        >
          <PlayIcon />
          {t('timerPanel.start')}
        </button>
      </form>
      {ownTimerCarriesOn ? (
        <p className="panel-section__hint" data-testid="timer-own-carries-on">
          {t('timerPanel.ownCarriesOn', { minutes: phaseMinutes })}{' '}
          <button
            type="button"
            className="button button--small"
            data-testid="timer-start-phase"
            onClick={() =>
              void command.run({ type: 'timer.start', durationMs: phaseMinutes * MINUTE_MS })
            }
          >
            {t('timerPanel.startPhase', { minutes: phaseMinutes })}
          </button>
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          data-testid="timer-pause"
          disabled={!running || left === 0}
          onClick={() => void command.run({ type: 'timer.pause' })}
        >
          <PauseIcon />
          {t('timerPanel.pause')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="timer-resume"
          disabled={!timer || running || left === 0}
          onClick={() => void command.run({ type: 'timer.resume' })}
        >
          <PlayIcon />
          {t('timerPanel.resume')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="timer-add-minute"
          disabled={!timer}
          onClick={() => void command.run({ type: 'timer.addMinute' })}
        >
          {t('timerPanel.addMinute')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="timer-reset"
          disabled={!timer}
          onClick={() => void command.run({ type: 'timer.reset' })}
        >
          <span aria-hidden="true">↺ </span>
          {t('timerPanel.reset')}
        </button>
      </div>
      <div className="timer-settings">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.timerAutoStart}
            data-testid="timer-auto-start"
            onChange={(event) => configure({ autoStart: event.target.checked })}
          />
          {t('timerPanel.autoStart')}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={settings.timerSound}
            data-testid="timer-sound"
            onChange={(event) => configure({ sound: event.target.checked })}
          />
          {t('timerPanel.sound')}
        </label>
      </div>
      <CommandError error={command.error} />
    </PanelSection>
  )
}
