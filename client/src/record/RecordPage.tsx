import { isSessionId, recordHeading, type SessionRecord } from '@reflectiebord/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { getRecord } from '../api/apiClient.ts'
import { PageHeader } from '../PageHeader.tsx'
import { readFacilitatorKey } from '../session/links.ts'
import { MessagePage } from '../session/MessagePage.tsx'
import { getParticipantId } from '../session/participantIdentity.ts'
import { SessionNotFound } from '../session/SessionNotFound.tsx'
import { useUiStore } from '../state/uiStore.ts'
import { useRecordT } from './messages.ts'
import './record.css'
import { RecordDownloads } from './RecordDownloads.tsx'
import { RecordView } from './RecordView.tsx'
import { boardLink } from './recordLinks.ts'

type Step =
  | { kind: 'loading' }
  | { kind: 'ready'; record: SessionRecord }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'unreachable' }

/**
 * `/s/:id/verslag`: the session record as a page, for whoever may read it (the facilitator
 * link's key, or rights given to this browser's participant id), with its downloads and the
 * way back to the board. Made anew in the UI's language whenever that changes.
 */
export function RecordPage({ sessionId }: { sessionId: string }) {
  const t = useRecordT()
  const language = useUiStore((state) => state.language)
  const [facilitatorKey] = useState(() => readFacilitatorKey(location.hash))
  const [participantId] = useState(getParticipantId)
  const caller = useMemo(() => ({ participantId, facilitatorKey }), [participantId, facilitatorKey])
  const [step, setStep] = useState<Step>({ kind: 'loading' })

  const load = useCallback(
    async (signal?: AbortSignal) => {
      if (!isSessionId(sessionId)) {
        setStep({ kind: 'not-found' })
        return
      }
      const result = await getRecord(sessionId, caller, language, signal)
      if (signal?.aborted) return
      if (result.ok) setStep({ kind: 'ready', record: result.value })
      else if (result.kind === 'api' && result.status === 404) setStep({ kind: 'not-found' })
      else if (result.kind === 'api' && result.status === 403) setStep({ kind: 'forbidden' })
      else setStep({ kind: 'unreachable' })
    },
    [sessionId, caller, language],
  )

  useEffect(() => {
    const controller = new AbortController()
    void load(controller.signal)
    return () => controller.abort()
  }, [load])

  const title = step.kind === 'ready' ? recordHeading(step.record) : null
  useEffect(() => {
    if (!title) return
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])

  const back = (
    <a
      className="record-page__back"
      href={boardLink(sessionId, facilitatorKey)}
      data-testid="record-back"
    >
      <span aria-hidden="true">← </span>
      {t('page.toBoard')}
    </a>
  )

  switch (step.kind) {
    case 'not-found':
      return <SessionNotFound />
    case 'forbidden':
      return (
        <MessagePage heading={t('page.forbidden.heading')} testId="record-forbidden">
          <p>{t('page.forbidden.body')}</p>
          <p>{back}</p>
        </MessagePage>
      )
    case 'unreachable':
      return (
        <MessagePage heading={t('page.unreachable.heading')} testId="record-unreachable">
          <p>{t('page.unreachable.body')}</p>
          <p>
            <button type="button" className="button button--primary" onClick={() => void load()}>
              {t('page.retry')}
            </button>
          </p>
        </MessagePage>
      )
    case 'loading':
      return (
        <div className="page">
          <PageHeader />
          <main className="page__main" id="main">
            {back}
            <p role="status">
              <progress className="record-downloads__progress" aria-hidden="true" />{' '}
              {t('page.loading')}
            </p>
          </main>
        </div>
      )
    case 'ready':
      return (
        <div className="page">
          <PageHeader />
          <main className="page__main record-page" id="main" data-testid="record-page">
            {back}
            <RecordView record={step.record} sessionId={sessionId}>
              <p className="lead">{t('page.intro')}</p>
              <section className="record-page__downloads" aria-label={t('page.downloads')}>
                <RecordDownloads sessionId={sessionId} caller={caller} />
              </section>
            </RecordView>
          </main>
        </div>
      )
  }
}
