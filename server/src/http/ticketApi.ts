import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  FACILITATOR_KEY_HEADER,
  isFacilitatorKey,
  isParticipantId,
  isSessionId,
  newParticipantId,
  PARTICIPANT_ID_HEADER,
  publicParticipantId,
  type TextProblem,
  type Ticket,
  type TicketErrorCode,
  TicketRequestSchema,
  textProblemOf,
} from '@reflectiebord/shared'
import * as v from 'valibot'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import type { TicketBook } from '../sessions/Tickets.ts'
import { readJsonBody, sendBodyProblem } from './readJsonBody.ts'
import { requestHeader } from './requestHeader.ts'
import { sendError, sendJson } from './responses.ts'

const MAX_BODY_BYTES = 1024
const TICKET_PATH = /^\/api\/sessions\/([^/]+)\/tickets$/

export interface TicketApiDeps {
  sessions: SessionRegistry
  tickets: TicketBook
}

const nameMessages: Record<TextProblem, readonly [code: TicketErrorCode, message: string]> = {
  empty: ['name-empty', 'Geef je naam.'],
  'too-long': ['name-too-long', 'Je naam is te lang.'],
  'control-characters': ['name-control-characters', 'Je naam bevat ongeldige tekens.'],
}

/**
 * `POST /api/sessions/:id/tickets`: who wants to connect, with the credentials in headers
 * (`x-participant-id`, and `x-facilitator-key` for a facilitator) and the display name in the
 * body, checked as the websocket used to check them; the answer is a single-use ticket for
 * the websocket URL. False when the path is not ours.
 */
export async function handleTicketApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  { sessions, tickets }: TicketApiDeps,
): Promise<boolean> {
  const match = TICKET_PATH.exec(path)
  if (!match) return false
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST')
    sendError(res, 405, 'method-not-allowed', 'Use POST to ask for a ticket.')
    return true
  }
  const id = match[1] ?? ''
  if (!isSessionId(id) || !(await sessions.get(id))) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    sendBodyProblem(res, body.reason)
    return true
  }
  const request = v.safeParse(TicketRequestSchema, body.value)
  if (!request.success) {
    const [code, message] = nameMessages[textProblemOf(request.issues)]
    sendError(res, 422, code, message)
    return true
  }
  // Without one, as for the stock y-websocket client, the ticket makes a new person.
  const pid = requestHeader(req, PARTICIPANT_ID_HEADER)
  if (pid !== undefined && !isParticipantId(pid)) {
    sendError(res, 422, 'invalid-participant-id', 'The participant id is malformed.')
    return true
  }
  // Read again after the body: the session may have been deleted meanwhile.
  const session = await sessions.get(id)
  if (!session) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  // A wrong key is refused, never quietly downgraded to a participant.
  const key = requestHeader(req, FACILITATOR_KEY_HEADER)
  if (key !== undefined && !(isFacilitatorKey(key) && sessions.isFacilitatorKey(session, key))) {
    sendError(res, 403, 'wrong-key', 'Deze begeleiderslink klopt niet.')
    return true
  }

  const participantId = pid ?? newParticipantId()
  const issued = await tickets.issue(session.id, {
    participantId,
    publicId: publicParticipantId(participantId),
    displayName: request.output.name,
    role: key === undefined ? 'participant' : 'facilitator',
  })
  if (!issued.ok) {
    res.setHeader('retry-after', '1')
    sendError(res, 429, 'too-many-tickets', 'Too many connections are starting; try again.')
    return true
  }
  const answer: Ticket = { ticket: issued.ticket, expiresInMs: issued.expiresInMs }
  sendJson(res, 201, answer)
  return true
}
