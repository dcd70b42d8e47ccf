import { checkDisplayName, DISPLAY_NAME_MAX_LENGTH } from '@reflectiebord/shared'
import { type FormEvent, useId, useState } from 'react'
import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'

interface JoinFormProps {
  initialName: string
  isFacilitator: boolean
  /** A problem to show right away, e.g. after the server refused the name. */
  initialError?: MessageKey | null
  onJoin(name: string): void
}

const problemMessages = {
  empty: 'join.error.empty',
  'too-long': 'join.error.tooLong',
  'control-characters': 'join.error.controlCharacters',
} as const satisfies Record<string, MessageKey>

export function JoinForm({ initialName, isFacilitator, initialError, onJoin }: JoinFormProps) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState(initialName)
  const [error, setError] = useState<MessageKey | null>(initialError ?? null)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const checked = checkDisplayName(name)
    if (!checked.ok) {
      setError(problemMessages[checked.problem])
      return
    }
    onJoin(checked.value)
  }

  const errorId = `${id}-error`
  const introId = `${id}-intro`
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('join.heading')}</h2>
      <p id={introId}>{t('join.intro')}</p>
      {isFacilitator ? <p className="role-badge">{t('join.asFacilitator')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
        <input
          id={`${id}-name`}
          data-testid="join-name"
          type="text"
          autoComplete="nickname"
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            if (error) setError(null)
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? `${errorId} ${introId}` : introId}
        />
        {error ? (
          <p className="field__error" id={errorId} data-testid="name-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(error, { max: DISPLAY_NAME_MAX_LENGTH })}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" data-testid="join-submit">
        {t('join.submit')}
      </button>
    </form>
  )
}
