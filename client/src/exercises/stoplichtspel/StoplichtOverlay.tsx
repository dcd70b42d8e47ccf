import { statementText, stoplichtspel } from '@reflectiebord/shared'
import { useControl, useSessionId, useSlice } from '../../control/ControlStoreContext.tsx'
import { useActiveModuleId } from '../../control/useActiveModuleId.ts'
import { LockIcon } from '../../icons.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { StoplichtSummary } from './StoplichtSummary.tsx'
import { useRoundAnnouncement } from './useRoundAnnouncement.ts'
import { useStripFolding } from './useStripFolding.ts'
import { VotingRound } from './VotingRound.tsx'

/**
 * The stoplicht game for everyone, in a strip above the board: the round being voted on or
 * just revealed, or the summary. It sits in the page flow, not over the canvas, so it never
 * covers tldraw's toolbar or anyone's notes; with nothing to show it takes no room at all,
 * and anyone can fold it away to have the whole board (see `useStripFolding`).
 */
export function StoplichtOverlay() {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const game = useSlice(stoplichtspel)
  const activeModuleId = useActiveModuleId()
  const announcement = useRoundAnnouncement(game)
  const sessionId = useSessionId()

  const current = game?.current ?? null
  // The box fixed anonymity when it opened: while it is open, the box says which it is.
  const boxAnonymous = useControl(
    (control) => control.sealed.find((box) => box.id === current?.boxId)?.anonymous,
  )
  const showSummary = game?.showSummary === true
  const viewKey = showSummary ? 'summary' : current ? `${current.boxId}:${current.status}` : null
  const { folded, setFolded } = useStripFolding(sessionId, viewKey)
  const index = current
    ? (game?.statements.findIndex((s) => s.id === current.statementId) ?? -1)
    : -1
  const statement = index >= 0 ? game?.statements[index] : undefined

  const announcer = (
    <p className="visually-hidden" aria-live="polite" data-testid="vote-announcement">
      {announcement}
    </p>
  )
  // Another exercise is on stage: the game waits, folded out of everyone's way.
  const superseded = activeModuleId !== null && activeModuleId !== stoplichtspel.id
  if (!game || viewKey === null || superseded)
    return (
      <>
        {null}
        {announcer}
      </>
    )
  // The box fixed anonymity when it opened; after the reveal the result says the same.
  const anonymous = current
    ? current.status === 'open'
      ? (boxAnonymous ?? game.anonymous)
      : (game.results[current.statementId]?.find((r) => r.round === current.round)?.anonymous ??
        game.anonymous)
    : game.anonymous

  const foldButton = (
    <button
      type="button"
      className="button button--small stoplicht__fold"
      aria-expanded={!folded}
      aria-controls="stoplicht-body"
      aria-label={folded ? t('vote.showLabel') : t('vote.hideLabel')}
      data-testid="vote-overlay-fold"
      onClick={() => setFolded(!folded)}
    >
      <span aria-hidden="true">{folded ? '▾ ' : '▴ '}</span>
      {folded ? t('vote.show') : t('vote.hide')}
    </button>
  )

  return (
    <>
      <section
        className={`stoplicht${folded ? ' stoplicht--folded' : ''}`}
        data-testid="vote-overlay"
        data-view={showSummary ? 'summary' : current?.status}
        aria-labelledby="stoplicht-overlay-heading"
      >
        <div className="stoplicht__bar">
          <h2 className="stoplicht__title" id="stoplicht-overlay-heading">
            {t('vote.region')}
            {!showSummary && current ? (
              <span className="stoplicht__where">
                <span aria-hidden="true"> · </span>
                {t('vote.statementOf', { number: index + 1, count: game.statements.length })}
                {current.round > 1 ? `, ${t('vote.round', { round: current.round })}` : null}
              </span>
            ) : null}
          </h2>
          {!showSummary && current ? (
            <span
              className={`stoplicht__mode stoplicht__mode--${anonymous ? 'anonymous' : 'named'}`}
              data-testid="vote-mode"
            >
              {anonymous ? <LockIcon /> : null}
              {anonymous ? t('vote.anonymousBadge') : t('vote.namedBadge')}
              <span className="stoplicht__mode-explain">
                {' – '}
                {anonymous ? t('vote.anonymousExplain') : t('vote.namedExplain')}
              </span>
            </span>
          ) : null}
          {folded ? (
            <span className="stoplicht__folded-note muted">
              {showSummary
                ? t('vote.collapsedSummary')
                : current?.status === 'open'
                  ? t('vote.collapsedOpen')
                  : t('vote.collapsedRevealed')}
            </span>
          ) : null}
          {foldButton}
        </div>
        <div id="stoplicht-body" className="stoplicht__body" hidden={folded}>
          {showSummary ? (
            <StoplichtSummary game={game} />
          ) : current && statement ? (
            <>
              <p className="stoplicht__statement" data-testid="vote-statement">
                {statementText(statement.text, language)}
              </p>
              <VotingRound game={game} current={current} />
            </>
          ) : null}
        </div>
      </section>
      {announcer}
    </>
  )
}
