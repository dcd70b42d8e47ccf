import {
  CloseCode,
  checkDisplayName,
  isFacilitatorKey,
  isParticipantId,
  newParticipantId,
  publicParticipantId,
} from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import type { RoomAddress } from './roomAddress.ts'

export type Admission =
  | { ok: true; identity: ConnectionIdentity }
  | { ok: false; code: CloseCode; reason: string }

/**
 * Decides who a new connection is, before any room is touched: an unknown session creates
 * nothing, and a wrong facilitator key is refused rather than quietly made a participant.
 */
export function admitConnection(address: RoomAddress, sessions: SessionRegistry): Admission {
  const session = sessions.get(address.sessionId)
  if (!session) return { ok: false, code: CloseCode.SessionNotFound, reason: 'session not found' }

  const name = checkDisplayName(address.params.get('name'))
  if (!name.ok)
    return { ok: false, code: CloseCode.InvalidParams, reason: `display name: ${name.problem}` }

  // The stock y-websocket client need not send a participant id; it then gets one per connection.
  const pid = address.params.get('pid')
  if (pid !== null && !isParticipantId(pid)) {
    return { ok: false, code: CloseCode.InvalidParams, reason: 'participant id: malformed' }
  }

  const key = address.params.get('key')
  if (key !== null && !(isFacilitatorKey(key) && sessions.isFacilitatorKey(session, key))) {
    return { ok: false, code: CloseCode.Unauthorized, reason: 'wrong facilitator key' }
  }

  const participantId = pid ?? newParticipantId()
  return {
    ok: true,
    identity: {
      participantId,
      publicId: publicParticipantId(participantId),
      displayName: name.value,
      role: key === null ? 'participant' : 'facilitator',
    },
  }
}
