import { MAX_PARTICIPANT_CAP } from '@reflectiebord/shared'
import { type FormEvent, useEffect, useState } from 'react'
import { useT } from '../../i18n/useT.ts'
import { CommandError } from '../CommandError.tsx'
import { useControl } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'

/** The participant cap, and how many places are taken now (facilitators do not count). */
export function CapForm() {
  const t = useT()
  const command = useCommand()
  const cap = useControl((control) => control.settings.cap)
  const [value, setValue] = useState(String(cap))
  // Follow the cap when someone else changes it.
  useEffect(() => setValue(String(cap)), [cap])
  const used = useControl(
    (control) => control.people.filter((p) => p.online && p.role === 'participant').length,
  )

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const next = Number(value)
    void command.run({ type: 'cap.set', cap: Number.isInteger(next) ? next : Number.NaN })
  }

  return (
    <form className="cap-form" onSubmit={onSubmit} noValidate>
      <label htmlFor="cap-input" className="cap-form__label">
        {t('people.capLabel')}
      </label>
      <div className="cap-form__row">
        <input
          id="cap-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PARTICIPANT_CAP}
          step={1}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          data-testid="cap-input"
          aria-describedby="cap-usage"
        />
        <button type="submit" className="button button--small" data-testid="cap-save">
          {t('people.capSave')}
        </button>
      </div>
      <p id="cap-usage" className="cap-form__usage" data-testid="cap-usage">
        {t('people.capUsage', { used, count: cap })}{' '}
        <span className="muted">{t('people.capHint')}</span>
      </p>
      <CommandError error={command.error} />
    </form>
  )
}
