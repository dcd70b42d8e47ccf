import { CloseCode, isSessionId } from '@reflectiebord/shared'
import { useCallback, useEffect, useState } from 'react'
import { getSession, type SessionWithRole } from '../api/apiClient.ts'
import type { BoardProps } from '../board/Board.tsx'
import { dropPreparedBoardSync } from '../board/boardSync.ts'
import { dropOfflineCopy } from '../board/offlineCopy.ts'
import { SESSION_FULL_CLOSE_CODE } from '../board/refusals.ts'
import { ChunkErrorBoundary } from '../ChunkErrorBoundary.tsx'
import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'
import { PageHeader } from '../PageHeader.tsx'
import { useUiStore } from '../state/uiStore.ts'
import { JoinForm } from './JoinForm.tsx'
import { joinedAs, rememberJoinedAs } from './joinedAs.ts'
import { forgetKnownSession, knownSession, rememberSession } from './knownSessions.ts'
import { participantLink, readFacilitatorKey } from './links.ts'
import { MessagePage } from './MessagePage.tsx'
import { getParticipantId } from './participantIdentity.ts'
import { prepareBoardOfLink } from './prepareBoardOfLink.ts'
import { SessionNotFound } from './SessionNotFound.tsx'
import { useBoardChunk } from './useBoardChunk.ts'

type Step =
  | { kind: 'loading' }
  | { kind: 'not-found' }
  | { kind: 'wrong-key' }
  | { kind: 'unreachable' }
  | { kind: 'join'; session: SessionWithRole; offline: boolean; error: MessageKey | null }
  | { kind: 'board'; session: SessionWithRole; name: string }
  | { kind: 'refused-key' }
  /** The session reached its participant cap (close code 4429). */
  | { kind: 'full' }

interface SessionPageProps {
  sessionId: string
}

/** `/s/:id`: look the session up, ask for a name, then open the board. */
export function SessionPage({ sessionId }: SessionPageProps) {
  const t = useT()
  const [facilitatorKey] = useState(() => readFacilitatorKey(location.hash))
  const [participantId] = useState(getParticipantId)
  const displayName = useUiStore((state) => state.displayName)
  const setDisplayName = useUiStore((state) => state.setDisplayName)
  const [step, setStep] = useState<Step>({ kind: 'loading' })

  const lookUp = useCallback(async () => {
    if (!isSessionId(sessionId)) {
      setStep({ kind: 'not-found' })
      return
    }
    setStep({ kind: 'loading' })
    // Asked for again after a refusal or an unreachable server (a first look did so in main.tsx).
    prepareBoardOfLink(sessionId)
    const result = await getSession(sessionId, facilitatorKey)
    if (result.ok) {
      rememberSession(result.value)
      const name = joinedAs(sessionId)
      setStep(
        name
          ? { kind: 'board', session: result.value, name }
          : { kind: 'join', session: result.value, offline: false, error: null },
      )
      return
    }
    if (result.kind === 'api' && result.code === 'session-not-found') {
      setStep({ kind: 'not-found' })
      return
    }
    if (result.kind === 'api' && result.code === 'wrong-key') {
      setStep({ kind: 'wrong-key' })
      return
    }
    // The server is unreachable (or answered nonsense): a board kept in this browser can
    // still open, offline-first.
    const known = knownSession(sessionId)
    if (known) {
      const role = facilitatorKey ? 'facilitator' : 'participant'
      const name = joinedAs(sessionId)
      setStep(
        name
          ? { kind: 'board', session: { ...known, role }, name }
          : { kind: 'join', session: { ...known, role }, offline: true, error: null },
      )
      return
    }
    setStep({ kind: 'unreachable' })
  }, [sessionId, facilitatorKey])

  useEffect(() => {
    void lookUp()
  }, [lookUp])

  // The server says the session does not exist (the link's lookup, or a socket closed with
  // 4404): it was deleted, so what this browser kept of it goes too. Participants' browsers
  // learn it here, the next time they connect or open the link. Runs after the board has
  // unmounted and begun to close its copy; a copy still open closes when asked to be deleted
  // (y-indexeddb closes on `versionchange`), so the deletion waits for it.
  const notFound = step.kind === 'not-found'
  useEffect(() => {
    if (!notFound || !isSessionId(sessionId)) return
    forgetKnownSession(sessionId)
    void dropPreparedBoardSync(sessionId).then(() => dropOfflineCopy(sessionId))
  }, [notFound, sessionId])

  // A board's sync opened ahead of a board that did not open, or of a page that went away
  // (after the effect above, which waits for it before deleting its copy).
  const opensBoard = step.kind === 'loading' || step.kind === 'board'
  useEffect(() => {
    if (!opensBoard) void dropPreparedBoardSync(sessionId)
  }, [opensBoard, sessionId])
  useEffect(() => () => void dropPreparedBoardSync(sessionId), [sessionId])

  const onRefused = useCallback((code: number) => {
    setStep((current) => {
      if (code === CloseCode.SessionNotFound) return { kind: 'not-found' }
      if (code === CloseCode.Unauthorized) return { kind: 'refused-key' }
      if (code === SESSION_FULL_CLOSE_CODE) return { kind: 'full' }
      if (current.kind !== 'board') return current
      return {
        kind: 'join',
        session: current.session,
        offline: false,
        error: 'refused.invalidParams',
      }
    })
  }, [])

  switch (step.kind) {
    case 'loading':
      return <LoadingPage text={t('join.loading')} />
    case 'not-found':
      return <SessionNotFound />
    case 'wrong-key':
    case 'refused-key':
      return (
        <MessagePage heading={t('wrongKey.heading')} testId="wrong-key">
          <p>{step.kind === 'wrong-key' ? t('wrongKey.body') : t('refused.unauthorized')}</p>
          <p>
            <a className="button" href={participantLink(sessionId)}>
              {t('wrongKey.joinAsParticipant')}
            </a>
          </p>
        </MessagePage>
      )
    case 'full':
      return (
        <MessagePage heading={t('full.heading')} testId="session-full">
          <p>{t('full.body')}</p>
          <p>
            <button type="button" className="button button--primary" onClick={() => void lookUp()}>
              {t('full.retry')}
            </button>
          </p>
        </MessagePage>
      )
    case 'unreachable':
      return (
        <MessagePage heading={t('unreachable.heading')} testId="server-unreachable">
          <p>{t('unreachable.body')}</p>
          <p>
            <button type="button" className="button button--primary" onClick={() => void lookUp()}>
              {t('unreachable.retry')}
            </button>
          </p>
        </MessagePage>
      )
    case 'join':
      return (
        <div className="page">
          <PageHeader />
          <main className="page__main" id="main">
            <p className="session-heading">
              <span className="muted">{t('app.name')}: </span>
              <strong data-testid="session-title">{step.session.title}</strong>
            </p>
            {step.offline ? (
              <p className="notice" role="status">
                <span aria-hidden="true">⊘ </span>
                {t('join.offlineNotice')}
              </p>
            ) : null}
            <JoinForm
              initialName={displayName}
              isFacilitator={step.session.role === 'facilitator'}
              initialError={step.error}
              onJoin={(name) => {
                setDisplayName(name)
                rememberJoinedAs(sessionId, name)
                setStep({ kind: 'board', session: step.session, name })
              }}
            />
          </main>
        </div>
      )
    case 'board':
      return (
        <ChunkErrorBoundary>
          <BoardWhenLoaded
            session={step.session}
            displayName={step.name}
            participantId={participantId}
            facilitatorKey={step.session.role === 'facilitator' ? facilitatorKey : null}
            onRefused={onRefused}
          />
        </ChunkErrorBoundary>
      )
  }
}

/** The board, once its chunk is here (see `useBoardChunk`); a calm line until then. */
function BoardWhenLoaded(props: BoardProps) {
  const t = useT()
  // The board will not open: the connection prepared for it (boardSync.ts) would stay open,
  // counted as present, behind the message.
  const chunk = useBoardChunk(() => void dropPreparedBoardSync(props.session.id))
  if (!chunk) return <LoadingPage text={t('board.loading')} />
  return <chunk.Board {...props} />
}

function LoadingPage({ text }: { text: string }) {
  return (
    <div className="page">
      <PageHeader />
      <main className="page__main" id="main">
        <p role="status">{text}</p>
      </main>
    </div>
  )
}
