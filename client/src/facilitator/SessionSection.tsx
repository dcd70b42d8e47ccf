import { CommandError } from '../control/CommandError.tsx'
import { useFacilitation } from '../control/FacilitationContext.tsx'
import { useCommand } from '../control/useCommand.ts'
import { useT } from '../i18n/useT.ts'
import { DeleteSessionButton } from './DeleteSessionButton.tsx'
import { PanelSection } from './PanelSection.tsx'

/** Closing makes the board read-only for everyone; reopening gives it back. */
export function SessionSection() {
  const t = useT()
  const { control, me, sessionId } = useFacilitation()
  const command = useCommand()
  const closed = control.settings.closed
  return (
    <PanelSection id="session" heading={t('sessionPanel.heading')}>
      {closed ? (
        <button
          type="button"
          className="button button--small"
          data-testid="session-reopen"
          onClick={() => void command.run({ type: 'session.reopen' })}
        >
          {t('sessionPanel.reopen')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--danger"
          data-testid="session-close"
          onClick={() => {
            if (window.confirm(t('sessionPanel.closeConfirm'))) {
              void command.run({ type: 'session.close' })
            }
          }}
        >
          {t('sessionPanel.close')}
        </button>
      )}
      <CommandError code={command.error} />
      {me.credential?.facilitatorKey ? (
        <DeleteSessionButton sessionId={sessionId} facilitatorKey={me.credential.facilitatorKey} />
      ) : null}
    </PanelSection>
  )
}
