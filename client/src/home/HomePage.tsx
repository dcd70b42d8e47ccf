import type { CreatedSession } from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../i18n/useT.ts'
import { PageHeader } from '../PageHeader.tsx'
import { CreateSessionForm } from './CreateSessionForm.tsx'
import { MySessions } from './MySessions.tsx'
import { addMySession, forgetMySession, readMySessions } from './mySessionsStorage.ts'
import { SessionLinks } from './SessionLinks.tsx'

export function HomePage() {
  const t = useT()
  const [sessions, setSessions] = useState(readMySessions)
  const [created, setCreated] = useState<CreatedSession | null>(null)
  const createdHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    // Move focus to the new links so screen reader users hear that the session exists, and
    // bring the whole card into view: on a laptop screen it would start below the fold.
    if (!created) return
    createdHeading.current?.focus({ preventScroll: true })
    createdHeading.current?.scrollIntoView({ block: 'start' })
  }, [created])

  return (
    <div className="page">
      <PageHeader />
      <main className="page__main" id="main">
        <p className="lead">{t('app.tagline')}</p>
        <CreateSessionForm
          onCreated={(session) => {
            setSessions(addMySession(session))
            setCreated(session)
          }}
        />
        {created ? (
          <section className="card card--highlight" aria-labelledby="created-heading">
            <h2 id="created-heading" ref={createdHeading} tabIndex={-1}>
              {t('links.createdHeading', { title: created.title })}
            </h2>
            <SessionLinks
              sessionId={created.id}
              facilitatorKey={created.facilitatorKey}
              showOpenButton
            />
          </section>
        ) : null}
        <MySessions sessions={sessions} onForget={(id) => setSessions(forgetMySession(id))} />
      </main>
    </div>
  )
}
