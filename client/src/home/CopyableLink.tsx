import { useId, useState } from 'react'
import { useT } from '../i18n/useT.ts'

interface CopyableLinkProps {
  label: string
  hint: string
  url: string
  copyLabel: string
  testId: string
  /** Marks the link as a secret: shown with a lock and a warning style, not colour alone. */
  secret?: boolean
}

type CopyState = 'idle' | 'copied' | 'failed'

/** A read-only link with a copy button; the field selects itself so manual copying is easy. */
export function CopyableLink({ label, hint, url, copyLabel, testId, secret }: CopyableLinkProps) {
  const t = useT()
  const id = useId()
  const [copyState, setCopyState] = useState<CopyState>('idle')

  async function copy() {
    try {
      await navigator.clipboard.writeText(url)
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <div className={secret ? 'link-box link-box--secret' : 'link-box'}>
      <label className="link-box__label" htmlFor={`${id}-url`}>
        {secret ? (
          <svg
            aria-hidden="true"
            className="link-box__icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
          >
            <path
              fill="currentColor"
              d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z"
            />
          </svg>
        ) : null}
        {label}
      </label>
      <p className="link-box__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="link-box__row">
        <input
          id={`${id}-url`}
          className="link-box__url"
          data-testid={testId}
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={copy} aria-label={copyLabel}>
          {t('links.copy')}
        </button>
      </div>
      <p className="link-box__status" role="status" aria-live="polite">
        {copyState === 'copied' ? `✓ ${t('links.copied')}` : null}
        {copyState === 'failed' ? t('links.copyFailed') : null}
      </p>
    </div>
  )
}
