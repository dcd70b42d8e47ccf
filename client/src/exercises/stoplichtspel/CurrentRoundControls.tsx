import { type StoplichtGameState, statementText } from '@reflectiebord/shared'
import { CommandError } from '../../control/CommandError.tsx'
import { useControl } from '../../control/ControlStoreContext.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { EyeIcon } from '../../icons.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { nextStatementId } from './gameProgress.ts'
import { useStoplichtT } from './messages.ts'
import { VoteCount } from './VoteCount.tsx'
import { voteProgress } from './voteProgress.ts'

/**
 * What the facilitator reaches for during the game: how many voted, reveal, and then another
 * round on the same statement or on to the next one.
 */
export function CurrentRoundControls({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const command = useCommand()
  const count = useControl((control) => voteProgress(control)?.count ?? 0)
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
      {t('panel.nextStatement')}
      <span aria-hidden="true"> →</span>
    </button>
  ) : null

  return (
    <div className="current-round" data-testid="stoplicht-current">
      <h4 className="statement-list__heading">{t('panel.nowHeading')}</h4>
      {!current || !statement ? (
        <>
          <p className="panel-section__hint">{t('panel.nothingOpen')}</p>
          <div className="button-row">{nextButton}</div>
        </>
      ) : (
        <>
          <p className="current-round__statement">
            <strong>{t('panel.statementLabel', { number: index + 1 })}:</strong>{' '}
            {statementText(statement.text, language)}
          </p>
          <p className="current-round__status">
            {current.status === 'open'
              ? t('panel.statusOpen', { round: current.round })
              : t('panel.statusRevealed', { round: current.round })}
            {result ? `: ${t('panel.tallyShort', { ...result.tally })}` : null}
          </p>
          {current.status === 'open' ? (
            <>
              <VoteCount count={count} facilitator />
              <button
                type="button"
                className="button button--primary current-round__reveal"
                data-testid="stoplicht-reveal"
                aria-describedby="stoplicht-reveal-hint"
                onClick={() => void command.run({ type: 'stoplicht.reveal' })}
              >
                <EyeIcon />
                {t('panel.reveal')}
              </button>
              <p id="stoplicht-reveal-hint" className="muted panel-section__hint">
                {t('panel.revealHint')}
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
                {t('panel.roundAgain')}
              </button>
              {nextButton ?? <span className="muted">{t('panel.lastStatement')}</span>}
            </div>
          )}
        </>
      )}
      <CommandError error={command.error} />
    </div>
  )
}
