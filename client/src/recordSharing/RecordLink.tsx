import { useControl, useMe } from '../control/ControlStoreContext.tsx'
import { Icon } from '../icons.tsx'
import { recordLink } from '../record/recordLinks.ts'
import { useRecordSharingT } from './messages.ts'
import './recordSharing.css'

/**
 * In the top bar, for participants once a facilitator lets them read the record: a link to
 * the record page. Facilitators reach the record from their panel.
 */
export function RecordLink({ sessionId }: { sessionId: string }) {
  const t = useRecordSharingT()
  const allowed = useControl((control) => control.settings.participantsMayReadRecord)
  const me = useMe()
  if (!allowed || me.isFacilitator) return null
  return (
    <a className="button record-link" href={recordLink(sessionId, null)} data-testid="record-link">
      <Icon>
        <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z" />
        <path d="M14 3v5h5M8.5 13h7M8.5 17h7" />
      </Icon>
      {t('link.label')}
    </a>
  )
}
