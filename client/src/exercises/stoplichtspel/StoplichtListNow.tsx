import {
  type CurrentRound,
  type StoplichtGameState,
  statementText,
  stoplichtspel,
  voteCue,
} from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useControl, useSessionId, useSlice } from '../../control/ControlStoreContext.tsx'
import { useActiveModuleId } from '../../control/useActiveModuleId.ts'
import { LockIcon } from '../../icons.tsx'
import { useListView } from '../../list/ListViewContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { useMyVote } from './myVotes.ts'
import { ResultTally } from './ResultTally.tsx'
import { useRoundAnnouncement } from './useRoundAnnouncement.ts'
import { VoteCount } from './VoteCount.tsx'
import { VoteHand } from './VoteHand.tsx'

/**
 * The stoplicht round in the list view: the statement, my three cards (shape, word and
 * meaning on each, never colour alone) and whether my vote is in; after the reveal the tally
 * (shape, word and number), what I chose and, in a named round, who chose what. The 1/2/3
 * and G/O/R keys are the strip's (always mounted), so they are not listened to twice.
 */
export function StoplichtListNow() {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const game = useSlice(stoplichtspel)
  const activeModuleId = useActiveModuleId()
  const { canvasShown } = useListView()
  const announcement = useRoundAnnouncement(game)
  const current = game?.current ?? null
  const superseded = activeModuleId !== null && activeModuleId !== stoplichtspel.id
  // A new round and a reveal are told once: by the strip when the canvas shows, else here.
  const announcer = canvasShown ? null : (
    <p className="visually-hidden" aria-live="polite" data-testid="list-vote-announcement">
      {announcement}
    </p>
  )
  const index =
    game && current ? game.statements.findIndex((s) => s.id === current.statementId) : -1
  const statement = game?.statements[index]
  const shown = game && current && !superseded && !game.showSummary && statement
  // The live region stays in one place whatever shows, or a new round would not be heard.
  return (
    <>
      {announcer}
      {shown ? (
        <section
          className="stoplicht-list"
          aria-labelledby="stoplicht-list-heading"
          data-testid="list-vote"
          data-status={current.status}
        >
          <h4 id="stoplicht-list-heading" className="stoplicht-list__heading">
            {t('vote.statementOf', { number: index + 1, count: game.statements.length })}
            {current.round > 1 ? `, ${t('vote.round', { round: current.round })}` : null}
          </h4>
          <p className="stoplicht-list__statement" data-testid="list-vote-statement">
            {statementText(statement.text, language)}
          </p>
          {current.status === 'open' ? (
            <OpenRound game={game} current={current} />
          ) : (
            <RevealedRound game={game} current={current} />
          )}
        </section>
      ) : null}
    </>
  )
}

function OpenRound({ game, current }: { game: StoplichtGameState; current: CurrentRound }) {
  const t = useStoplichtT()
  const closed = useControl((control) => control.settings.closed)
  const box = useControl((control) => control.sealed.find((b) => b.id === current.boxId))
  const anonymous = box?.anonymous ?? game.anonymous
  return (
    <>
      <p className="stoplicht-list__mode" data-testid="list-vote-mode">
        {anonymous ? <LockIcon /> : null}
        <strong>{anonymous ? t('vote.anonymousBadge') : t('vote.namedBadge')}</strong>
        {' – '}
        {anonymous ? t('vote.anonymousExplain') : t('vote.namedExplain')}
      </p>
      {/* The strip's hand, always mounted, listens to the keys: this one must not vote twice. */}
      <VoteHand boxId={current.boxId} disabled={closed} shortcuts={false} testIdPrefix="list-" />
      <VoteCount count={box?.count ?? 0} />
    </>
  )
}

function RevealedRound({ game, current }: { game: StoplichtGameState; current: CurrentRound }) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const sessionId = useSessionId()
  const myVote = useMyVote(sessionId, current.boxId)
  const result = game.results[current.statementId]?.find((r) => r.round === current.round)
  const notes = game.notes[current.statementId] ?? []
  return (
    <div className="stoplicht-list__result" data-testid="list-vote-result">
      <h5 className="stoplicht-list__subheading">{t('vote.resultHeading')}</h5>
      {result ? <ResultTally tally={result.tally} /> : null}
      {result?.tally.total === 0 ? <p className="muted">{t('vote.noVotes')}</p> : null}
      {myVote ? (
        <p data-testid="list-vote-mine">
          {t('vote.yourVoteWas', { word: pick(voteCue[myVote].label, language) })}
        </p>
      ) : null}
      {result?.voters && result.voters.length > 0 ? (
        <>
          <h5 className="stoplicht-list__subheading">{t('vote.votersHeading')}</h5>
          <ul className="stoplicht-list__voters">
            {result.voters.map((voter, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two people may share a name
              <li key={index}>
                {t('list.voter', {
                  name: voter.name,
                  word: pick(voteCue[voter.color].label, language),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notes.length > 0 ? (
        <>
          <h5 className="stoplicht-list__subheading">{t('vote.notes')}</h5>
          <ul className="stoplicht-list__notes">
            {notes.map((note, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notes are plain strings that may repeat
              <li key={index}>{note}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
