import { useT } from '../../i18n/useT.ts'
import { LockIcon } from '../../icons.tsx'
import { RetentionPanel } from '../../retention/RetentionPanel.tsx'
import { CommandError } from '../CommandError.tsx'
import { useControl, useMe, useSessionId } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { DeleteSessionButton } from './DeleteSessionButton.tsx'
import { PanelSection } from './PanelSection.tsx'

/**
 * Closing makes the board read-only for everyone; reopening gives it back. How long the
 * server keeps the session, and deleting it now, sit here too.
 */
export function SessionSection() {
  const t = useT()
  const me = useMe()
  const sessionId = useSessionId()
  const command = useCommand()
  const closed = useControl((control) => control.settings.closed)
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
          className="button button--small"
          data-testid="session-close"
          onClick={() => {
            if (window.confirm(t('sessionPanel.closeConfirm'))) {
              void command.run({ type: 'session.close' })
            }
          }}
        >
          <LockIcon /> {t('sessionPanel.close')}
        </button>
      )}
      <CommandError error={command.error} />
      <RetentionPanel
        sessionId={sessionId}
        facilitatorKey={me.credential?.facilitatorKey ?? null}
      />
      {me.credential?.facilitatorKey ? (
        <DeleteSessionButton sessionId={sessionId} facilitatorKey={me.credential.facilitatorKey} />
      ) : null}
    </PanelSection>
  )
}
