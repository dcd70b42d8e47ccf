import { type CreatedSession, checkSessionTitle, TITLE_MAX_LENGTH } from '@reflectiebord/shared'
import { type FormEvent, useId, useState } from 'react'
import { createSession } from '../api/apiClient.ts'
import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'
import { RetentionChoice } from '../retention/RetentionChoice.tsx'

interface CreateSessionFormProps {
  onCreated(session: CreatedSession): void
}

const problemMessages = {
  empty: 'create.error.empty',
  'too-long': 'create.error.tooLong',
  'control-characters': 'create.error.controlCharacters',
} as const satisfies Record<string, MessageKey>

const serverCodeMessages: Partial<Record<string, MessageKey>> = {
  'title-empty': 'create.error.empty',
  'title-too-long': 'create.error.tooLong',
  'title-control-characters': 'create.error.controlCharacters',
  'retention-too-long': 'create.error.retention',
  'invalid-retention': 'create.error.retention',
}

export function CreateSessionForm({ onCreated }: CreateSessionFormProps) {
  const t = useT()
  const id = useId()
  const [title, setTitle] = useState('')
  const [retentionDays, setRetentionDays] = useState<number | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy) return
    const checked = checkSessionTitle(title)
    if (!checked.ok) {
      setError(problemMessages[checked.problem])
      return
    }
    setError(null)
    setBusy(true)
    const result = await createSession(checked.value, retentionDays)
    setBusy(false)
    if (result.ok) {
      setTitle('')
      onCreated(result.value)
      return
    }
    if (result.kind === 'network') setError('create.error.network')
    else if (result.kind === 'api')
      setError(serverCodeMessages[result.code] ?? 'create.error.server')
    else setError('create.error.server')
  }

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('create.heading')}</h2>
      <p>{t('create.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('create.titleLabel')}</label>
        <input
          id={`${id}-title`}
          data-testid="create-session-title"
          type="text"
          autoComplete="off"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value)
            if (error) setError(null)
          }}
          aria-invalid={error !== null}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        />
        <p className="field__hint" id={hintId}>
          {t('create.titleHint', { max: TITLE_MAX_LENGTH })}
        </p>
        {error ? (
          <p className="field__error" id={errorId} data-testid="title-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t(error, { max: TITLE_MAX_LENGTH })}
          </p>
        ) : null}
      </div>
      <RetentionChoice value={retentionDays} onChange={setRetentionDays} />
      <button
        type="submit"
        className="button button--primary"
        data-testid="create-session-submit"
        disabled={busy}
      >
        {busy ? t('create.submitting') : t('create.submit')}
      </button>
    </form>
  )
}
