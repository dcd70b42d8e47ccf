import { type Tally, tallyRows, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { VoteShape } from './VoteShape.tsx'

interface ResultTallyProps {
  tally: Tally
  /** Where test ids go: the live result has them, the summary's rows do not. */
  withTestIds?: boolean
  compact?: boolean
}

/**
 * The count per colour as a small bar chart. Every bar is labelled with its shape and word
 * and its number, so the chart reads without colour; the bar length is only a visual extra.
 */
export function ResultTally({ tally, withTestIds = false, compact = false }: ResultTallyProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  return (
    <ul className={`tally${compact ? ' tally--compact' : ''}`}>
      {tallyRows(tally).map(({ color, count, share }) => {
        const word = pick(voteCue[color].label, language)
        return (
          <li
            key={color}
            className={`tally__row tally__row--${color}`}
            data-testid={withTestIds ? `result-tally-${color}` : undefined}
            data-count={count}
          >
            <span className="tally__label">
              <VoteShape color={color} />
              {word}
            </span>
            <span className="tally__track" aria-hidden="true">
              <span className="tally__bar" style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span className="tally__count">
              <span className="visually-hidden">: </span>
              {count}
              <span className="visually-hidden"> {t('vote.ofTotal', { total: tally.total })}</span>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
