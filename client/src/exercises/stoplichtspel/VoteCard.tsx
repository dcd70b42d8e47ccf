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
      aria-label={t('vote.cardLabel', { word, meaning })}
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
      </span>
      <span className="vote-card__word">{word}</span>
      <span className="vote-card__meaning">{meaning}</span>
      <span className="vote-card__keys" aria-hidden="true">
        <kbd>{digit}</kbd> / <kbd>{letter.toUpperCase()}</kbd>
      </span>
    </button>
  )
}
