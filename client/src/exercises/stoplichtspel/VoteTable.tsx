import { type RoundResult, voteCue } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { VoteShape } from './VoteShape.tsx'
import { tableCards } from './voteTableCards.ts'

interface VoteTableProps {
  /** Votes in the box while the round is open. */
  count: number
  /** The round's result once revealed; null while open. */
  result: RoundResult | null
}

/**
 * The table: one face-down card per vote while the round is open, so people see votes come
 * in without seeing any colour, and the same cards turned over, all at once, at the reveal.
 * The cards keep their place (keyed by position), which is what makes them flip rather than
 * appear. Names show only in a named round.
 */
export function VoteTable({ count, result }: VoteTableProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const faces = result ? tableCards(result) : []
  const total = result ? faces.length : count
  const named = result !== null && !result.anonymous

  return (
    <div className={`vote-table${result ? ' vote-table--revealed' : ''}`}>
      <p className="vote-table__heading" id="vote-table-heading">
        {named ? t('vote.votersHeading') : t('vote.table')}
      </p>
      {/* Before the reveal the cards say nothing a screen reader needs: the count says it. */}
      <ul
        className="vote-table__cards"
        aria-labelledby={result ? 'vote-table-heading' : undefined}
        aria-hidden={result ? undefined : true}
        data-testid={named ? 'result-voters' : undefined}
      >
        {Array.from({ length: total }, (_, i) => {
          const face = faces[i]
          const word = face ? pick(voteCue[face.color].label, language) : ''
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a card's place on the table is its identity: it must stay put to turn over
            <li key={i} className={`table-card${face ? ` table-card--${face.color}` : ''}`}>
              <span className="table-card__inner">
                <span className="table-card__back" aria-hidden="true" />
                <span className="table-card__face" aria-hidden={face ? undefined : true}>
                  {face ? (
                    <>
                      <VoteShape color={face.color} size="1.5rem" />
                      <span className="table-card__word">{word}</span>
                      {face.name !== null ? (
                        <span className="table-card__name" title={face.name}>
                          <span className="visually-hidden">: </span>
                          {face.name}
                        </span>
                      ) : null}
                    </>
                  ) : null}
                </span>
              </span>
            </li>
          )
        })}
        {total === 0 ? <li className="table-card table-card--empty" aria-hidden="true" /> : null}
      </ul>
      {result?.anonymous ? (
        <p className="vote-table__note muted">{t('vote.votersAnonymous')}</p>
      ) : null}
      {!result ? <p className="vote-table__note muted">{t('vote.tableHidden')}</p> : null}
    </div>
  )
}
