import {
  FACILITATOR_KEY_HEADER,
  PARTICIPANT_ID_HEADER,
  TICKET_PARAM,
  ticketPath,
} from '@reflectiebord/shared'

/** Who asks for a ticket: what used to be the websocket's `name`, `pid` and `key` parameters. */
export interface TicketHolder {
  name?: string | undefined
  pid?: string | undefined
  key?: string | undefined
}

export interface TicketAnswer {
  status: number
  body: { ticket?: string; expiresInMs?: number; error?: { code: string; message: string } }
}

/** A ticket request the server refused; `status` is the HTTP status it answered with. */
export class TicketRefused extends Error {
  readonly status: number
  readonly code: string | undefined

  constructor(status: number, code: string | undefined) {
    super(`the ticket request was refused: ${status} ${code ?? ''}`)
    this.status = status
    this.code = code
  }
}

/** `http://host:port` of a server, from its websocket base (`ws://host:port/yjs`). */
export function httpBaseOf(wsUrl: string): string {
  const url = new URL(wsUrl)
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:'
  return url.origin
}

/** `POST /api/sessions/:id/tickets` as the page sends it: credentials in headers, name in the body. */
export async function requestTicket(
  baseUrl: string,
  sessionId: string,
  who: TicketHolder,
): Promise<TicketAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (who.pid !== undefined) headers[PARTICIPANT_ID_HEADER] = who.pid
  if (who.key !== undefined) headers[FACILITATOR_KEY_HEADER] = who.key
  const res = await fetch(`${baseUrl}${ticketPath(sessionId)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(who.name === undefined ? {} : { name: who.name }),
  })
  return { status: res.status, body: (await res.json()) as TicketAnswer['body'] }
}

/** A fresh ticket for `who`; throws `TicketRefused` when the server says no. */
export async function ticketFor(
  baseUrl: string,
  sessionId: string,
  who: TicketHolder,
): Promise<string> {
  const { status, body } = await requestTicket(baseUrl, sessionId, who)
  if (status !== 201 || body.ticket === undefined) throw new TicketRefused(status, body.error?.code)
  return body.ticket
}

/** The websocket URL of a session's document with `ticket`, as a ticket-aware client builds it. */
export function ticketedUrl(wsUrl: string, roomname: string, ticket: string): string {
  return `${wsUrl}/${roomname}?${TICKET_PARAM}=${encodeURIComponent(ticket)}`
}
