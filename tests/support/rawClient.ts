import {
  isSessionId,
  syncUpdateMessage,
  TICKET_PARAM,
  YJS_PATH_PREFIX,
} from '@reflectiebord/shared'
import WebSocket from 'ws'
import { httpBaseOf, ticketFor } from './tickets.ts'

export interface RawClient {
  socket: WebSocket
  /** Every binary message received, in order. */
  received: Uint8Array[]
  send(data: Uint8Array | string): void
  /** Resolves with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>
  close(): void
}

/** The parameters that say who connects; they go to the ticket request, not in the URL. */
const WHO_PARAMS = ['name', 'pid', 'key'] as const

/**
 * A bare websocket that speaks whatever bytes a test gives it: used to send what no
 * well-behaved client would and to record exactly what the server sends back.
 *
 * A test names who connects as the URL once did, `/yjs/<id>/<document>?name=…&pid=…&key=…`;
 * unless the URL brings a ticket already, those go to a ticket request (throwing
 * `TicketRefused` if the server says no) and the socket opens with the ticket instead. With
 * `asIs`, the URL is used exactly as given: for tests of what the server makes of URLs.
 */
export async function connectRaw(
  url: string,
  { asIs = false }: { asIs?: boolean } = {},
): Promise<RawClient> {
  const socket = new WebSocket(asIs ? url : await withTicket(url))
  const received: Uint8Array[] = []
  socket.binaryType = 'nodebuffer'
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }))
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
    // A refused connection may close before it opens; settle either way.
    socket.once('close', () => resolve())
  })
  return {
    socket,
    received,
    send: (data) => socket.send(data),
    closed,
    close: () => socket.close(),
  }
}

async function withTicket(raw: string): Promise<string> {
  const url = new URL(raw)
  const [sessionId] = url.pathname.slice(YJS_PATH_PREFIX.length + 1).split('/')
  const room = url.pathname.startsWith(`${YJS_PATH_PREFIX}/`) && isSessionId(sessionId ?? '')
  if (!room || !sessionId || url.searchParams.has(TICKET_PARAM)) return raw
  const who = Object.fromEntries(
    WHO_PARAMS.map((param) => [param, url.searchParams.get(param) ?? undefined]),
  )
  for (const param of WHO_PARAMS) url.searchParams.delete(param)
  url.searchParams.set(TICKET_PARAM, await ticketFor(httpBaseOf(raw), sessionId, who))
  return url.toString()
}

/** Waits for the close, failing after `timeoutMs` so a test never hangs on a socket. */
export async function closeOf(
  client: RawClient,
  timeoutMs = 5000,
): Promise<{ code: number; reason: string }> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the server did not close the connection')),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([client.closed, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** A y-websocket sync update message carrying `update`, as a client would send it. */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  return syncUpdateMessage(update)
}
