import { useT } from '../i18n/useT.ts'
import { facilitatorLink, participantLink } from '../session/links.ts'
import { CopyableLink } from './CopyableLink.tsx'

interface SessionLinksProps {
  sessionId: string
  facilitatorKey?: string
  /** Whether to offer the button that opens the board as facilitator. */
  showOpenButton?: boolean
}

/** The facilitator link (when known) and the participant link of one session. */
export function SessionLinks({ sessionId, facilitatorKey, showOpenButton }: SessionLinksProps) {
  const t = useT()
  return (
    <div className="session-links">
      {facilitatorKey ? (
        <CopyableLink
          secret
          label={t('links.facilitatorLabel')}
          hint={t('links.facilitatorSecret')}
          url={facilitatorLink(sessionId, facilitatorKey)}
          copyLabel={t('links.copyFacilitator')}
          testId="facilitator-link"
        />
      ) : null}
      <CopyableLink
        label={t('links.participantLabel')}
        hint={t('links.participantHint')}
        url={participantLink(sessionId)}
        copyLabel={t('links.copyParticipant')}
        testId="participant-link"
      />
      {showOpenButton && facilitatorKey ? (
        <a
          className="button button--primary"
          data-testid="open-as-facilitator"
          href={facilitatorLink(sessionId, facilitatorKey)}
        >
          {t('links.openAsFacilitator')}
        </a>
      ) : null}
    </div>
  )
}
