import * as v from 'valibot'
import { CloseCode } from '../protocol/closeCodes.ts'
import { randomToken } from './ids.ts'
import { DisplayNameSchema } from './validation.ts'

/**
 * Connection tickets keep credentials out of URLs. The participant id and the facilitator key
 * go to `POST /api/sessions/:id/tickets` in headers; the answer is a ticket, and only the
 * ticket travels in the websocket URL (`/yjs/<id>/<document>?ticket=…`), where reverse proxies
 * log it. A logged ticket is worthless: it is spent on first use and expires within a minute.
 */

/** 256 random bits: a ticket is as hard to guess as a facilitator key. */
export const TICKET_BYTES = 32
const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/

/** How long an unused ticket is honoured: plenty for one connect, short for a log reader. */
export const TICKET_TTL_MS = 60_000

/** The websocket URL parameter that carries the ticket. */
export const TICKET_PARAM = 'ticket'

/**
 * URL parameters that once carried credentials. A URL with either is refused (4422), so no
 * client keeps leaking them into proxy logs; the reason says what to do instead.
 */
export const CREDENTIAL_URL_PARAMS: readonly string[] = ['pid', 'key']

export const newTicket = (): string => randomToken(TICKET_BYTES)
export const isTicket = (value: string): boolean => TICKET_PATTERN.test(value)

export function ticketPath(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/tickets`
}

/**
 * The body of a ticket request: the display name, checked with the same rule as the UI. A
 * body without one, or no object at all, is an empty name (as for a session's title).
 */
export const TicketRequestSchema = v.object({ name: DisplayNameSchema }, 'empty')
export type TicketRequest = v.InferOutput<typeof TicketRequestSchema>

/** The answer to a ticket request (201). */
export const TicketSchema = v.object({
  ticket: v.pipe(v.string(), v.check(isTicket)),
  expiresInMs: v.number(),
})
export type Ticket = v.InferOutput<typeof TicketSchema>

/** Why a ticket request was refused, besides the body problems every endpoint shares. */
export const TICKET_ERROR_CODES = [
  'name-empty',
  'name-too-long',
  'name-control-characters',
  'invalid-participant-id',
  'too-many-tickets',
] as const
export type TicketErrorCode = (typeof TICKET_ERROR_CODES)[number]

/**
 * The close code a refused ticket request stands for. Refusals used to arrive as close codes
 * of the websocket itself, and the page still reacts to those (stop and explain), so a client
 * turns the ticket endpoint's refusal into the code the server would have closed with.
 * `null`: not a refusal that a later try cannot get past (busy, a server fault, a network
 * failure), so the client tries again.
 */
export function ticketRefusalCloseCode(status: number): CloseCode | null {
  if (status === 404) return CloseCode.SessionNotFound
  if (status === 403) return CloseCode.Unauthorized
  // A bad name or participant id, or a body the server cannot read: asking again is the same.
  if (status === 400 || status === 413 || status === 415 || status === 422)
    return CloseCode.InvalidParams
  return null
}
