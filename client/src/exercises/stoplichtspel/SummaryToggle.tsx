import type { StoplichtGameState } from '@reflectiebord/shared'
import { CommandError } from '../../control/CommandError.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { useStoplichtT } from './messages.ts'

/** Shows everyone the overview of all statements, or takes it away again. */
export function SummaryToggle({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const command = useCommand()
  const shown = game.showSummary
  return (
    <div className="summary-toggle">
      <button
        type="button"
        className={`button button--small toggle${shown ? ' toggle--on' : ''}`}
        data-testid="stoplicht-summary-toggle"
        aria-pressed={shown}
        aria-describedby="stoplicht-summary-hint"
        onClick={() => void command.run({ type: 'stoplicht.summary', show: !shown })}
      >
        <span aria-hidden="true">{shown ? '☑ ' : '☐ '}</span>
        {t('panel.summaryShow')}
      </button>
      <p id="stoplicht-summary-hint" className="muted panel-section__hint">
        {t('panel.summaryHint')}
      </p>
      <CommandError error={command.error} />
    </div>
  )
}
