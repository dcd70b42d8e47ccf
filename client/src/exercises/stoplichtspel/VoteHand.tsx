import { VOTE_COLORS, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { useVote } from './useVote.ts'
import { useVoteShortcuts } from './useVoteShortcuts.ts'
import { VoteCard } from './VoteCard.tsx'

interface VoteHandProps {
  boxId: string
  /** Off when the session is closed: the server would refuse the vote. */
  disabled: boolean
  /**
   * Whether this hand listens to 1/2/3 and G/O/R. The strip's hand does; the list view's
   * copy does not, or a key would vote twice.
   */
  shortcuts?: boolean
  /** Put before the test ids, so two hands on one page stay apart (`list-`). */
  testIdPrefix?: string
}

/**
 * My three cards while a round is open. Choosing one sends it; choosing another replaces it,
 * until the reveal. Says plainly whether my vote is in, and never shows anyone else's.
 */
export function VoteHand({ boxId, disabled, shortcuts = true, testIdPrefix = '' }: VoteHandProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const { mine, sending, error, vote } = useVote(boxId)
  useVoteShortcuts(shortcuts && !disabled, vote)
  // Show the card I just clicked as chosen at once; the text says when it is really in.
  const shown = sending ?? mine

  return (
    <div className="vote-hand">
      <fieldset className="vote-hand__cards-set">
        <legend className="vote-hand__heading">
          {t('vote.choose')}
          <span className="vote-hand__keys muted"> {t('vote.shortcutsHint')}</span>
        </legend>
        <div className="vote-hand__cards">
          {VOTE_COLORS.map((color) => (
            <VoteCard
              key={color}
              color={color}
              chosen={shown === color}
              disabled={disabled}
              onChoose={vote}
            />
          ))}
        </div>
      </fieldset>
      <p
        className={`vote-hand__status${mine && !sending ? ' vote-hand__status--in' : ''}`}
        role="status"
        data-testid={`${testIdPrefix}vote-status`}
        data-vote={mine ?? ''}
      >
        {sending ? (
          t('vote.sending')
        ) : mine ? (
          <>
            <span aria-hidden="true">✓ </span>
            {t('vote.in', { word: pick(voteCue[mine].label, language) })}
          </>
        ) : (
          t('vote.notYet')
        )}
      </p>
      {error ? (
        <p
          className="command-error"
          role="alert"
          data-testid={`${testIdPrefix}vote-error`}
          data-code={error}
        >
          <span aria-hidden="true">⚠ </span>
          {t(`vote.error.${error}`)}
        </p>
      ) : null}
    </div>
  )
}
