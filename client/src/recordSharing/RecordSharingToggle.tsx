import { CommandError } from '../control/CommandError.tsx'
import { useControl } from '../control/ControlStoreContext.tsx'
import { useCommand } from '../control/useCommand.ts'
import { useRecordSharingT } from './messages.ts'
import './recordSharing.css'

/**
 * In the panel's Verslag section: whether participants may download the record too. A
 * setting of session control, so everyone's top bar follows it at once; allowed on a closed
 * session, when people most want the record.
 */
export function RecordSharingToggle() {
  const t = useRecordSharingT()
  const command = useCommand()
  const allowed = useControl((control) => control.settings.participantsMayReadRecord)
  return (
    <div className="record-sharing">
      <div className="record-sharing__row">
        <input
          type="checkbox"
          id="record-sharing"
          checked={allowed}
          data-testid="record-sharing"
          aria-describedby="record-sharing-hint"
          onChange={(event) =>
            void command.run({ type: 'record.allowParticipants', allowed: event.target.checked })
          }
        />
        <label htmlFor="record-sharing">{t('toggle.label')}</label>
      </div>
      <p id="record-sharing-hint" className="muted panel-section__hint">
        {t('toggle.hint')}
      </p>
      <CommandError error={command.error} />
    </div>
  )
}
