import { retentionChoices } from '@reflectiebord/shared'
import { useEffect, useId, useState } from 'react'
import { getServerRetention } from '../api/apiClient.ts'
import { useRetentionWords } from './messages.ts'
import './retention.css'

interface RetentionChoiceProps {
  /** The chosen period in days; null: the server's own. */
  value: number | null
  onChange(days: number | null): void
}

/**
 * On the create form: how long the new session is kept, said plainly before it exists, and a
 * shorter period to choose. Shows nothing until the server has said its period (and nothing
 * if it cannot: the session then gets the server's period, as it would anyway).
 */
export function RetentionChoice({ value, onChange }: RetentionChoiceProps) {
  const { t, period } = useRetentionWords()
  const id = useId()
  const [serverDays, setServerDays] = useState<number | null>(null)

  useEffect(() => {
    let current = true
    void getServerRetention().then((result) => {
      if (current && result.ok) setServerDays(result.value.days)
    })
    return () => {
      current = false
    }
  }, [])

  if (serverDays === null) return null
  const chosen = value ?? serverDays
  const keptId = `${id}-kept`
  return (
    <fieldset className="field retention-choice" aria-describedby={keptId}>
      <legend className="retention-choice__legend">{t('create.legend')}</legend>
      <div className="retention-choice__options">
        {retentionChoices(serverDays).map((days) => {
          const isDefault = days === serverDays
          return (
            <label key={days} className="retention-choice__option">
              <input
                type="radio"
                name={`${id}-days`}
                value={days}
                checked={chosen === days}
                data-testid={isDefault ? 'retention-default' : `retention-${days}`}
                onChange={() => onChange(isDefault ? null : days)}
              />
              {isDefault ? t('create.default', { period: period(days) }) : period(days)}
            </label>
          )
        })}
      </div>
      <p className="field__hint" id={keptId} data-testid="retention-kept">
        {t('create.kept', { period: period(chosen) })}
      </p>
    </fieldset>
  )
}
