import { useT } from '../../i18n/useT.ts'
import { useRecordT } from '../../record/messages.ts'
import { RecordDownloads } from '../../record/RecordDownloads.tsx'
import { recordLink } from '../../record/recordLinks.ts'
import { RecordSharingToggle } from '../../recordSharing/RecordSharingToggle.tsx'
import { useMe, useSessionId } from '../ControlStoreContext.tsx'
import { PanelSection } from './PanelSection.tsx'

/**
 * The session record (verslag) at any moment of the session: as a page in a new tab, or as a
 * PDF or Markdown file the server writes from the board and session control as they are now;
 * and whether participants may read it too. Outside the closed-session fieldset: a finished session is exactly when people want it.
 */
export function RecordSection() {
  const t = useT()
  const tRecord = useRecordT()
  const me = useMe()
  const sessionId = useSessionId()
  if (!me.credential) return null
  const credential = me.credential

  return (
    <PanelSection id="record" heading={t('recordPanel.heading')}>
      <p className="muted panel-section__hint">{t('recordPanel.intro')}</p>
      <p className="record-panel__view">
        <a
          className="button button--small"
          href={recordLink(sessionId, credential.facilitatorKey ?? null)}
          target="_blank"
          rel="noopener"
          data-testid="record-view"
        >
          {tRecord('panel.view')}
          <span className="visually-hidden"> {tRecord('panel.viewHint')}</span>
        </a>
      </p>
      <RecordDownloads sessionId={sessionId} caller={credential} small />
      <RecordSharingToggle />
    </PanelSection>
  )
}
