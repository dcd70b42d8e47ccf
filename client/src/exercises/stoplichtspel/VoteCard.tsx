import { type VoteColor, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { VoteShape } from './VoteShape.tsx'

interface VoteCardProps {
  color: VoteColor
  chosen: boolean
  disabled: boolean
  onChoose(color: VoteColor): void
}

/**
 * One card of my hand: a large button with the colour's shape, word, meaning and keys, so
 * the choice never rests on colour alone. `aria-pressed` tells a screen reader which card is
 * my vote; the ✓ and "Je stem" tell everyone else.
 */
export function VoteCard({ color, chosen, disabled, onChoose }: VoteCardProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const cue = voteCue[color]
  const word = pick(cue.label, language)
  const meaning = pick(cue.meaning, language)
  const [digit = '', letter = ''] = cue.keys
  return (
    <button
      type="button"
      className={`vote-card vote-card--${color}${chosen ? ' vote-card--chosen' : ''}`}
      data-testid={`vote-card-${color}`}
      aria-pressed={chosen}
      // Everything the card shows, in the order it shows it (the "Je stem" tag, the word, the
      // meaning, the keys), so what a speech-input user reads is what the name says.
      aria-label={`${chosen ? `${t('vote.yourVote')}: ` : ''}${t('vote.cardLabel', { word, meaning })}, ${digit} / ${letter.toUpperCase()}`}
      aria-keyshortcuts={`${digit} ${letter.toUpperCase()}`}
      disabled={disabled}
      onClick={() => onChoose(color)}
    >
      <span className="vote-card__band">
        <VoteShape color={color} size="2rem" />
        {chosen ? (
          <span className="vote-card__chosen">
            <span aria-hidden="true">✓ </span>
            {t('vote.yourVote')}
          </span>
        ) : null}
      </span>{' '}
      {/* The spaces keep the parts words apart when the card is read as text (a flex
          column does not draw them). */}
      <span className="vote-card__word">{word}</span>{' '}
      <span className="vote-card__meaning">{meaning}</span>{' '}
      <span className="vote-card__keys" aria-hidden="true">
        <kbd>{digit}</kbd> / <kbd>{letter.toUpperCase()}</kbd>
      </span>
    </button>
  )
}
