import type { StoplichtGameState } from '@reflectiebord/shared'
import { CommandError } from '../../control/CommandError.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { LockIcon } from '../../icons.tsx'
import { useStoplichtT } from './messages.ts'

/**
 * Anonymous or named votes, for the rounds opened from now on. Once an anonymous round has
 * been opened it cannot be switched back (so no later round can be lined up against it), and
 * it cannot change during a round: the checkbox says why it is disabled.
 */
export function AnonymousToggle({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const command = useCommand()
  const roundOpen = game.current?.status === 'open'
  const locked = game.anonymityLocked && game.anonymous
  const why = locked
    ? t('panel.anonymousLocked')
    : roundOpen
      ? t('panel.anonymousDuringRound')
      : null

  return (
    <div className="anonymous-toggle">
      <div className="anonymous-toggle__row">
        <input
          type="checkbox"
          id="stoplicht-anonymous"
          checked={game.anonymous}
          disabled={locked || roundOpen}
          data-testid="stoplicht-anonymous"
          aria-describedby="stoplicht-anonymous-hint"
          onChange={(event) =>
            void command.run({ type: 'stoplicht.anonymous', anonymous: event.target.checked })
          }
        />
        <label htmlFor="stoplicht-anonymous">
          {locked ? <LockIcon /> : null} {t('panel.anonymous')}
        </label>
      </div>
      <p
        id="stoplicht-anonymous-hint"
        className="muted panel-section__hint"
        data-testid="stoplicht-anonymous-hint"
      >
        {why ?? t('panel.anonymousHint')}
      </p>
      <CommandError error={command.error} />
    </div>
  )
}
