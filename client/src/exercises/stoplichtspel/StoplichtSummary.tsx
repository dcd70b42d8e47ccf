import type { StoplichtGameState, SummaryOrder } from '@reflectiebord/shared'
import { useState } from 'react'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { StackedTally } from './StackedTally.tsx'
import { stoplichtSummary } from './summaryView.ts'

/**
 * Every statement with its rounds, how much the team differed (in words), and the notes.
 * Order and filter are each person's own view: looking for the differences should not
 * reshuffle someone else's screen while they read.
 */
export function StoplichtSummary({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const [order, setOrder] = useState<SummaryOrder>('as-played')
  const [onlyDisagreement, setOnlyDisagreement] = useState(false)
  const rows = stoplichtSummary(game, { language, order, onlyDisagreement })

  return (
    <div className="summary" data-testid="stoplicht-summary">
      <div className="summary__bar">
        <h3 className="summary__heading">{t('summary.heading')}</h3>
        <label className="summary__control">
          {t('summary.sort')}{' '}
          <select
            value={order}
            data-testid="summary-sort"
            onChange={(event) => setOrder(event.target.value as SummaryOrder)}
          >
            <option value="as-played">{t('summary.sortPlayed')}</option>
            <option value="most-disagreement">{t('summary.sortDisagreement')}</option>
          </select>
        </label>
        <label className="summary__control">
          <input
            type="checkbox"
            checked={onlyDisagreement}
            data-testid="summary-filter"
            onChange={(event) => setOnlyDisagreement(event.target.checked)}
          />{' '}
          {t('summary.filter')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="muted" role="status">
          {onlyDisagreement ? t('summary.emptyFiltered') : t('summary.empty')}
        </p>
      ) : null}
      <ol className="summary__rows">
        {rows.map((row) => (
          <li
            key={row.statementId}
            className="summary-row"
            data-testid={`summary-row-${row.statementId}`}
            data-spread={row.spreadLevel}
          >
            <p className="summary-row__text">
              <span className="summary-row__number">{row.number}.</span> {row.text}
            </p>
            <div className="summary-row__votes">
              {row.rounds.length === 0 ? (
                <span className="muted">{t('summary.notVoted')}</span>
              ) : (
                <ul className="summary-row__rounds">
                  {row.rounds.map((round) => (
                    <li key={round.round} className="summary-round">
                      {row.rounds.length > 1 ? (
                        <span className="summary-round__label">
                          {t('summary.round', { round: round.round })}
                        </span>
                      ) : null}
                      <StackedTally tally={round.tally} />
                    </li>
                  ))}
                </ul>
              )}
              {row.voted ? (
                <p className={`spread spread--${row.spreadLevel}`} data-testid="summary-spread">
                  <span className="spread__marks" aria-hidden="true">
                    {spreadMarks[row.spreadLevel]}
                  </span>{' '}
                  {t(`summary.spread.${row.spreadLevel}`)}
                  {row.polarised ? ` · ${t('summary.polarised')}` : null}
                </p>
              ) : null}
            </div>
            {row.notes.length > 0 ? (
              <div className="summary-row__notes">
                <span className="summary-row__notes-label">{t('vote.notes')}:</span>
                <ul>
                  {row.notes.map((note, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: notes are plain strings that may repeat
                    <li key={i}>{note}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  )
}

/** A small visual scale beside the words; the words carry the meaning. */
const spreadMarks = { none: '○○○', little: '●○○', some: '●●○', much: '●●●' } as const
