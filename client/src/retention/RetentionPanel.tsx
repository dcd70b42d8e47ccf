import { retentionChoices, type SessionRetention } from '@reflectiebord/shared'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { getSessionRetention, setSessionRetention } from '../api/apiClient.ts'
import { useRetentionWords } from './messages.ts'
import './retention.css'

interface RetentionPanelProps {
  sessionId: string
  /** Only the key holder may change the period, as only they may delete the session. */
  facilitatorKey: string | null
}

/**
 * In the panel's Sessie section: until when the server keeps this session, and, for whoever
 * holds the facilitator link, a shorter period (or the server's again). The day is fetched
 * when the panel opens: every activity moves it, so it is "at least until".
 */
export function RetentionPanel({ sessionId, facilitatorKey }: RetentionPanelProps) {
  const { t, period, date } = useRetentionWords()
  const id = useId()
  const [retention, setRetention] = useState<SessionRetention | 'loading' | 'failed'>('loading')
  const [choice, setChoice] = useState('')
  const [saveState, setSaveState] = useState<'idle' | 'busy' | 'saved' | 'failed'>('idle')

  useEffect(() => {
    let current = true
    void getSessionRetention(sessionId).then((result) => {
      if (!current) return
      setRetention(result.ok ? result.value : 'failed')
      if (result.ok) setChoice(choiceOf(result.value))
    })
    return () => {
      current = false
    }
  }, [sessionId])

  if (retention === 'loading' || retention === 'failed') {
    return (
      <p className="muted panel-section__hint" data-testid="retention-status">
        {t(retention === 'loading' ? 'panel.loading' : 'panel.failed')}
      </p>
    )
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!facilitatorKey || saveState === 'busy') return
    setSaveState('busy')
    const result = await setSessionRetention(
      sessionId,
      facilitatorKey,
      choice === 'default' ? null : Number(choice),
    )
    if (!result.ok) {
      setSaveState('failed')
      return
    }
    setRetention(result.value)
    setSaveState('saved')
  }

  const choiceId = `${id}-choice`
  return (
    <div className="retention-panel" data-testid="retention-panel">
      <p className="retention-panel__until" data-testid="retention-until">
        <strong>{t('panel.keptUntil', { date: date(retention.keptUntil) })}</strong>
        <br />
        <span className="muted">{t('panel.period', { period: period(retention.days) })}</span>
      </p>
      {facilitatorKey ? (
        <form className="retention-panel__form" onSubmit={(event) => void save(event)} noValidate>
          <label htmlFor={choiceId} className="cap-form__label">
            {t('panel.label')}
          </label>
          <div className="cap-form__row">
            <select
              id={choiceId}
              className="retention-panel__select"
              value={choice}
              data-testid="retention-select"
              onChange={(event) => {
                setChoice(event.target.value)
                setSaveState('idle')
              }}
            >
              {retentionChoices(retention.serverDays).map((days) =>
                days === retention.serverDays ? (
                  <option key="default" value="default">
                    {t('panel.default', { period: period(days) })}
                  </option>
                ) : (
                  <option key={days} value={String(days)}>
                    {period(days)}
                  </option>
                ),
              )}
              {/* A period chosen through the API that is not one of the standard ones. */}
              {retention.chosenDays !== null &&
              retention.chosenDays < retention.serverDays &&
              !retentionChoices(retention.serverDays).includes(retention.chosenDays) ? (
                <option value={String(retention.chosenDays)}>{period(retention.chosenDays)}</option>
              ) : null}
            </select>
            <button
              type="submit"
              className="button button--small"
              data-testid="retention-save"
              aria-busy={saveState === 'busy'}
            >
              {t('panel.save')}
            </button>
          </div>
        </form>
      ) : null}
      <p role="status" className="panel-section__hint" data-testid="retention-saved">
        {saveState === 'saved' ? t('panel.saved') : ''}
      </p>
      {saveState === 'failed' ? (
        <p className="command-error" role="alert" data-testid="retention-failed">
          {t('panel.saveFailed')}
        </p>
      ) : null}
    </div>
  )
}

/**
 * The select's value for a session's period: "default" when it follows the server's, or
 * when its own is as long or longer (the server's period is what applies then).
 */
function choiceOf({ chosenDays, serverDays }: SessionRetention): string {
  return chosenDays === null || chosenDays >= serverDays ? 'default' : String(chosenDays)
}
