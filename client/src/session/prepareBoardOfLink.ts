import { isSessionId } from '@reflectiebord/shared'
import { prepareBoardSync } from '../board/boardSync.ts'
import { joinedAs } from './joinedAs.ts'
import { readFacilitatorKey } from './links.ts'
import { getParticipantId } from './participantIdentity.ts'

/**
 * When this tab joined the session of this link before (a reload, a link opened again), the
 * board opens right after the session's lookup unless that fails: opens the board's data and
 * connection now (see `prepareBoardSync`), as the board will. The session page closes it again
 * if the board does not open. A first visit asks for a name first: nothing to prepare then.
 */
export function prepareBoardOfLink(sessionId: string): void {
  const name = isSessionId(sessionId) ? joinedAs(sessionId) : null
  if (!name) return
  prepareBoardSync({
    sessionId,
    displayName: name,
    participantId: getParticipantId(),
    facilitatorKey: readFacilitatorKey(location.hash),
  })
}
