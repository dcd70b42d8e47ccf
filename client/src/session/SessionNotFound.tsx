import { useT } from '../i18n/useT.ts'
import { PageHeader } from '../PageHeader.tsx'

/** Shown when the server does not know the session (HTTP 404 or websocket close 4404). */
export function SessionNotFound() {
  const t = useT()
  return (
    <div className="page">
      <PageHeader />
      <main className="page__main" id="main">
        <section
          className="card"
          data-testid="session-not-found"
          aria-labelledby="not-found-heading"
        >
          <h1 id="not-found-heading">{t('notFound.heading')}</h1>
          <p>{t('notFound.body')}</p>
          <p>
            <a className="button button--primary" href="/">
              {t('app.home')}
            </a>
          </p>
        </section>
      </main>
    </div>
  )
}
