import { CloseCode, CREDENTIAL_URL_PARAMS, TICKET_PARAM } from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import type { TicketBook } from '../sessions/Tickets.ts'
import type { RoomAddress } from './roomAddress.ts'

export type Admission =
  | { ok: true; identity: ConnectionIdentity }
  | { ok: false; code: CloseCode; reason: string }

/**
 * Decides who a new connection is, before any room is touched. The who comes from a ticket
 * (`POST /api/sessions/:id/tickets` checked the name, participant id and facilitator key, in
 * headers); the URL carries nothing else that matters. An unknown session creates nothing.
 */
export async function admitConnection(
  address: RoomAddress,
  sessions: SessionRegistry,
  tickets: TicketBook,
): Promise<Admission> {
  const session = await sessions.get(address.sessionId)
  if (!session) return { ok: false, code: CloseCode.SessionNotFound, reason: 'session not found' }

  // Refused even beside a good ticket: a client that still puts them in the URL leaks them
  // into every proxy's log, and only a refusal makes it change.
  const leaked = CREDENTIAL_URL_PARAMS.filter((param) => address.params.has(param))
  if (leaked.length > 0) {
    return {
      ok: false,
      code: CloseCode.InvalidParams,
      reason: `credentials in the URL (${leaked.join(', ')}): send them in headers to POST /api/sessions/:id/tickets and connect with ?${TICKET_PARAM}=`,
    }
  }

  const ticket = address.params.get(TICKET_PARAM)
  const identity = ticket === null ? undefined : await tickets.take(ticket, session.id)
  if (!identity) {
    return {
      ok: false,
      code: CloseCode.Unauthorized,
      reason:
        ticket === null ? 'no ticket' : 'ticket unknown, used, expired or for another session',
    }
  }
  return { ok: true, identity }
}
