import { type CurrentRound, type StoplichtGameState, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useControl, useSessionId } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { useMyVote } from './myVotes.ts'
import { ResultTally } from './ResultTally.tsx'
import { VoteCount } from './VoteCount.tsx'
import { VoteHand } from './VoteHand.tsx'
import { VoteTable } from './VoteTable.tsx'

interface VotingRoundProps {
  game: StoplichtGameState
  current: CurrentRound
}

/**
 * The round on the table: my hand of three cards and the face-down votes while it is open;
 * the tally and the turned-over cards once revealed. The table stays where it is in both, so
 * the reveal is the cards turning over, not the screen rearranging.
 */
export function VotingRound({ game, current }: VotingRoundProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const sessionId = useSessionId()
  const closed = useControl((control) => control.settings.closed)
  const count = useControl(
    (control) => control.sealed.find((box) => box.id === current.boxId)?.count ?? 0,
  )
  const myVote = useMyVote(sessionId, current.boxId)
  const open = current.status === 'open'
  const result = open
    ? null
    : (game.results[current.statementId]?.find((r) => r.round === current.round) ?? null)
  const notes = game.notes[current.statementId] ?? []

  return (
    <div
      className={`voting-round${open ? '' : ' voting-round--revealed'}`}
      data-testid={open ? undefined : 'vote-result'}
      data-status={current.status}
    >
      <div className="voting-round__left">
        {open ? (
          <VoteHand boxId={current.boxId} disabled={closed} />
        ) : (
          <div className="vote-result">
            <h3 className="vote-result__heading">{t('vote.resultHeading')}</h3>
            {result ? (
              <>
                <ResultTally tally={result.tally} withTestIds />
                {result.tally.total === 0 ? <p className="muted">{t('vote.noVotes')}</p> : null}
              </>
            ) : null}
            {myVote ? (
              <p className="vote-result__mine" data-testid="vote-result-mine">
                {t('vote.yourVoteWas', { word: pick(voteCue[myVote].label, language) })}
              </p>
            ) : null}
          </div>
        )}
      </div>
      <div className="voting-round__right">
        <VoteTable count={count} result={result} />
        {open ? <VoteCount count={count} /> : null}
        {!open && notes.length > 0 ? (
          <div className="vote-notes">
            <p className="vote-notes__heading">{t('vote.notes')}</p>
            <ul className="vote-notes__list" data-testid="vote-notes">
              {notes.map((note, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: notes are plain strings that may repeat
                <li key={i}>{note}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  )
}
