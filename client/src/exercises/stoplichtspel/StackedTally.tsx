import { type Tally, tallyRows, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { VoteShape } from './VoteShape.tsx'

/**
 * A round in one line for the summary: a single bar split by colour, and the counts in words
 * with their shapes beside it, so the line reads without the bar and without colour.
 */
export function StackedTally({ tally }: { tally: Tally }) {
  const language = useUiStore((state) => state.language)
  const rows = tallyRows(tally)
  return (
    <span className="stacked-tally">
      <span className="stacked-tally__bar" aria-hidden="true">
        {rows.map(({ color, share }) =>
          share > 0 ? (
            <span
              key={color}
              className={`stacked-tally__part stacked-tally__part--${color}`}
              style={{ width: `${share * 100}%` }}
            />
          ) : null,
        )}
      </span>
      <span className="stacked-tally__counts">
        {rows.map(({ color, count }) => (
          <span key={color} className="stacked-tally__count" data-color={color} data-count={count}>
            <VoteShape color={color} />
            {count} {pick(voteCue[color].label, language).toLowerCase()}
          </span>
        ))}
      </span>
    </span>
  )
}
