import { useId } from 'react'
import { dateLocale } from '../i18n/languages.ts'
import { useT } from '../i18n/useT.ts'
import { facilitatorLink } from '../session/links.ts'
import { useUiStore } from '../state/uiStore.ts'
import type { MySession } from './mySessionsStorage.ts'

interface MySessionsProps {
  sessions: readonly MySession[]
  onForget(id: string): void
}

/** The sessions created in this browser, newest first, each opening as facilitator. */
export function MySessions({ sessions, onForget }: MySessionsProps) {
  const t = useT()
  const id = useId()
  const language = useUiStore((state) => state.language)
  const formatDate = new Intl.DateTimeFormat(dateLocale[language], {
    dateStyle: 'long',
    timeStyle: 'short',
  })

  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid="my-sessions">
      <h2 id={`${id}-heading`}>{t('mySessions.heading')}</h2>
      <p className="muted">{t('mySessions.intro')}</p>
      {sessions.length === 0 ? (
        <p>{t('mySessions.empty')}</p>
      ) : (
        <ul className="my-sessions">
          {sessions.map((session) => (
            <li key={session.id} className="my-sessions__item" data-session-id={session.id}>
              <div className="my-sessions__text">
                <a
                  className="my-sessions__title"
                  href={facilitatorLink(session.id, session.facilitatorKey)}
                  aria-label={t('mySessions.openLabel', { title: session.title })}
                >
                  {session.title}
                </a>
                <span className="muted">
                  {t('mySessions.createdAt', { date: formatDate.format(session.createdAt) })}
                </span>
              </div>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('mySessions.forgetLabel', { title: session.title })}
                onClick={() => {
                  if (window.confirm(t('mySessions.forgetConfirm', { title: session.title }))) {
                    onForget(session.id)
                  }
                }}
              >
                {t('mySessions.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
