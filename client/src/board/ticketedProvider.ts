import { TICKET_PARAM } from '@reflectiebord/shared'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/** What one ticket request came to. */
export type TicketOutcome =
  | { ok: true; ticket: string }
  /** Refused for good: the close code the websocket itself would have closed with. */
  | { ok: false; refusal: { code: number; reason: string } }
  /** Nothing decided (no network, the server busy or down): ask again after a backoff. */
  | { ok: false; refusal: null }

/** Asks the server for a ticket; `signal` aborts a request nobody waits for any more. */
export type TicketSource = (signal: AbortSignal) => Promise<TicketOutcome>

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>

export interface TicketedProviderOptions extends Omit<ProviderOptions, 'params'> {
  nextTicket: TicketSource
}

/**
 * The stock y-websocket provider, with a fresh single-use ticket in its URL for every
 * connection: the server admits a websocket by its ticket, and the credentials went to the
 * ticket request in headers (see `shared/src/session/tickets.ts`).
 *
 * y-websocket builds the URL from `params` each time it opens a socket, but it reconnects on
 * its own, after a backoff, to the same URL, whose ticket is spent by then. So every
 * connection starts here: `connect()` (whoever calls it) first asks for a ticket, and after a
 * close this class, not y-websocket, decides to reconnect (by the same `shouldReconnect`) and
 * does so through `connect()`, with y-websocket's backoff. While a ticket is on its way,
 * `shouldConnect` stays false, so a reconnect y-websocket scheduled finds nothing to do.
 *
 * A refused ticket request is told as the websocket used to tell it, a `connection-close`
 * with the close code the server would have sent, so listeners for refusals need not change.
 */
export class TicketedProvider extends WebsocketProvider {
  private readonly nextTicket: TicketSource
  /** The ticket request under way; `disconnect()` aborts it and its answer is dropped. */
  private asking: AbortController | null = null
  private retryTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    serverUrl: string,
    roomname: string,
    doc: Y.Doc,
    { nextTicket, connect = true, ...options }: TicketedProviderOptions,
  ) {
    // y-websocket must not connect by itself: without a ticket it would be refused.
    super(serverUrl, roomname, doc, { ...options, connect: false })
    this.nextTicket = nextTicket
    this.on('connection-close', (event) => this.afterClose(event))
    if (connect) this.connect()
  }

  override connect(): void {
    // Already connecting or connected: what y-websocket's own connect() would do.
    if (this.ws !== null) {
      super.connect()
      return
    }
    // Asked to connect now (the browser came back online): no need to sit out the backoff.
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    if (this.asking) return
    const asking = new AbortController()
    this.asking = asking
    const settle = (outcome: TicketOutcome) => {
      if (this.asking !== asking) return
      this.asking = null
      if (outcome.ok) {
        this.params = { [TICKET_PARAM]: outcome.ticket }
        super.connect()
      } else if (outcome.refusal) {
        this.refuse(outcome.refusal)
      } else {
        this.wsUnsuccessfulReconnects++
        this.retryLater(this.wsUnsuccessfulReconnects)
      }
    }
    this.nextTicket(asking.signal).then(settle, () => settle({ ok: false, refusal: null }))
  }

  override disconnect(): void {
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    this.asking?.abort()
    this.asking = null
    super.disconnect()
  }

  /**
   * Runs first among the listeners of every close (ours, the server's, the watchdog's).
   * y-websocket counts the failure after its listeners, hence the `+ 1`.
   */
  private afterClose(event: CloseEvent | null): void {
    const again = this.shouldConnect && (event === null || this.shouldReconnect(event, this))
    this.shouldConnect = false
    if (again) this.retryLater(this.wsUnsuccessfulReconnects + 1)
  }

  /** y-websocket's backoff: 200 ms after the first failure, doubling up to `maxBackoffTime`. */
  private retryLater(failures: number): void {
    clearTimeout(this.retryTimer)
    this.retryTimer = setTimeout(
      () => {
        this.retryTimer = undefined
        this.connect()
      },
      Math.min(2 ** failures * 100, this.maxBackoffTime),
    )
  }

  private refuse({ code, reason }: { code: number; reason: string }): void {
    this.emit('connection-close', [new CloseEvent('close', { code, reason, wasClean: true }), this])
    this.emit('closed', [{ code, reason }, this])
  }
}
