import { TICKET_PARAM, ticketRefusalCloseCode } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import { TicketRefused } from './tickets.ts'

/**
 * Drives an unmodified y-websocket provider, made with `connect: false`, the way a
 * ticket-aware app must: a fresh ticket in `params` before every connection. y-websocket
 * reconnects on its own to the same URL, whose ticket is spent by then; so on every close
 * this makes the decision y-websocket would make (its `shouldReconnect`, its backoff), keeps
 * y-websocket from acting on it (`shouldConnect = false`), and reconnects with a new ticket.
 * Setting `provider.shouldConnect = false` before a close still means: do not come back.
 *
 * A refused ticket request is reported as a `connection-close` with the close code the server
 * used to close with (as the page does), and nothing more is tried. Returns the stop switch.
 */
export function driveWithTickets(
  provider: WebsocketProvider,
  nextTicket: () => Promise<string>,
): () => void {
  let stopped = false
  let retry: NodeJS.Timeout | undefined

  const retryLater = (failures: number) => {
    clearTimeout(retry)
    retry = setTimeout(open, Math.min(2 ** failures * 100, provider.maxBackoffTime))
  }

  function open(): void {
    nextTicket().then(
      (ticket) => {
        if (stopped) return
        provider.params = { ...provider.params, [TICKET_PARAM]: ticket }
        provider.connect()
      },
      (error: unknown) => {
        if (stopped) return
        const code = error instanceof TicketRefused ? ticketRefusalCloseCode(error.status) : null
        if (code !== null) {
          const refusal = new CloseEvent('close', { code, reason: String(error) })
          provider.emit('connection-close', [refusal, provider])
          return
        }
        // The server is down or busy: what y-websocket does when it cannot connect.
        provider.wsUnsuccessfulReconnects++
        retryLater(provider.wsUnsuccessfulReconnects)
      },
    )
  }

  const onClose = (event: CloseEvent | null) => {
    const again =
      provider.shouldConnect && (event === null || provider.shouldReconnect(event, provider))
    provider.shouldConnect = false
    // y-websocket counts this failure after its listeners ran.
    if (again && !stopped) retryLater(provider.wsUnsuccessfulReconnects + 1)
  }
  provider.on('connection-close', onClose)
  open()

  return () => {
    stopped = true
    clearTimeout(retry)
    provider.off('connection-close', onClose)
  }
}
