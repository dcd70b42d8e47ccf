import { type StoplichtGameState, statementText } from '@reflectiebord/shared'
import { CommandError } from '../../control/CommandError.tsx'
import { useFacilitation } from '../../control/FacilitationContext.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { EyeIcon } from '../../facilitation/icons.tsx'
import { useT } from '../../i18n/useT.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { nextStatementId } from './gameProgress.ts'
import { VoteCount } from './VoteCount.tsx'
import { voteProgress } from './voteProgress.ts'

/**
 * What the facilitator reaches for during the game: how many voted, reveal, and then another
 * round on the same statement or on to the next one.
 */
export function CurrentRoundControls({ game }: { game: StoplichtGameState }) {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const command = useCommand()
  const { control } = useFacilitation()
  const current = game.current
  const index = current ? game.statements.findIndex((s) => s.id === current.statementId) : -1
  const statement = index >= 0 ? game.statements[index] : undefined
  const next = nextStatementId(game)
  const result = current
    ? game.results[current.statementId]?.find((r) => r.round === current.round)
    : undefined

  const nextButton = next ? (
    <button
      type="button"
      className="button button--small button--primary"
      data-testid="stoplicht-next"
      onClick={() => void command.run({ type: 'stoplicht.open', statementId: next })}
    >
      {t('stoplicht.nextStatement')}
      <span aria-hidden="true"> →</span>
    </button>
  ) : null

  return (
    <div className="current-round" data-testid="stoplicht-current">
      <h4 className="statement-list__heading">{t('stoplicht.nowHeading')}</h4>
      {!current || !statement ? (
        <>
          <p className="panel-section__hint">{t('stoplicht.nothingOpen')}</p>
          <div className="button-row">{nextButton}</div>
        </>
      ) : (
        <>
          <p className="current-round__statement">
            <strong>{t('stoplicht.statementLabel', { number: index + 1 })}:</strong>{' '}
            {statementText(statement.text, language)}
          </p>
          <p className="current-round__status">
            {current.status === 'open'
              ? t('stoplicht.statusOpen', { round: current.round })
              : t('stoplicht.statusRevealed', { round: current.round })}
            {result ? `: ${t('stoplicht.tallyShort', { ...result.tally })}` : null}
          </p>
          {current.status === 'open' ? (
            <>
              <VoteCount count={voteProgress(control)?.count ?? 0} facilitator />
              <button
                type="button"
                className="button button--primary current-round__reveal"
                data-testid="stoplicht-reveal"
                aria-describedby="stoplicht-reveal-hint"
                onClick={() => void command.run({ type: 'stoplicht.reveal' })}
              >
                <EyeIcon />
                {t('stoplicht.reveal')}
              </button>
              <p id="stoplicht-reveal-hint" className="muted panel-section__hint">
                {t('stoplicht.revealHint')}
              </p>
            </>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button button--small"
                data-testid="stoplicht-again"
                onClick={() =>
                  void command.run({ type: 'stoplicht.open', statementId: current.statementId })
                }
              >
                <span aria-hidden="true">↻ </span>
                {t('stoplicht.roundAgain')}
              </button>
              {nextButton ?? <span className="muted">{t('stoplicht.lastStatement')}</span>}
            </div>
          )}
        </>
      )}
      <CommandError code={command.error} />
    </div>
  )
}
