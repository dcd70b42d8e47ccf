import { CloseCode } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { TicketedProvider, type TicketOutcome } from './ticketedProvider.ts'

/** A socket the test opens and closes by hand; y-websocket uses only these members. */
class FakeSocket {
  static made: FakeSocket[] = []
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSING = 2
  static readonly CLOSED = 3
  readonly OPEN = 1
  readonly url: string
  readyState = 0
  binaryType = 'blob'
  onopen: (() => void) | null = null
  onclose: ((event: CloseEvent) => void) | null = null
  onmessage: ((event: MessageEvent) => void) | null = null
  onerror: ((event: Event) => void) | null = null

  constructor(url: string) {
    this.url = url
    FakeSocket.made.push(this)
  }

  send(): void {}

  close(): void {
    this.readyState = 3
  }

  serverOpens(): void {
    this.readyState = 1
    this.onopen?.()
  }

  serverCloses(code: number): void {
    this.readyState = 3
    this.onclose?.(new CloseEvent('close', { code }))
  }
}

/** Ticket answers in order; each call takes the next, and the test sees every request. */
function ticketDesk(...outcomes: TicketOutcome[]) {
  const requests: AbortSignal[] = []
  const pending: Array<(outcome: TicketOutcome) => void> = []
  return {
    requests,
    /** Answers the oldest request still waiting with the next outcome. */
    answer() {
      const next = outcomes.shift()
      const resolve = pending.shift()
      if (!next || !resolve) throw new Error('nothing to answer')
      resolve(next)
    },
    nextTicket: (signal: AbortSignal) => {
      requests.push(signal)
      return new Promise<TicketOutcome>((resolve) => pending.push(resolve))
    },
  }
}

const ticket = (value: string): TicketOutcome => ({ ok: true, ticket: value })

function provider(desk: ReturnType<typeof ticketDesk>, doc: Y.Doc): TicketedProvider {
  return new TicketedProvider('ws://bord.test/yjs', 'sessie/board', doc, {
    connect: false,
    nextTicket: desk.nextTicket,
    disableBc: true,
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
    shouldReconnect: (event) => event.code !== CloseCode.SessionNotFound,
  })
}

let doc: Y.Doc
let opened: TicketedProvider | undefined

beforeEach(() => {
  vi.useFakeTimers()
  FakeSocket.made = []
  doc = new Y.Doc()
})

afterEach(() => {
  opened?.destroy()
  doc.destroy()
  vi.useRealTimers()
})

/** Lets the ticket answer's promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0)

describe('TicketedProvider', () => {
  it('asks for a ticket before it opens a socket, and puts only the ticket in the URL', async () => {
    const desk = ticketDesk(ticket('eerste'))
    opened = provider(desk, doc)
    opened.connect()
    expect(desk.requests).toHaveLength(1)
    expect(FakeSocket.made).toHaveLength(0)
    desk.answer()
    await settle()
    expect(FakeSocket.made.map((s) => s.url)).toEqual([
      'ws://bord.test/yjs/sessie/board?ticket=eerste',
    ])
  })

  it('reconnects after a dropped connection with a new ticket, never the spent one', async () => {
    const desk = ticketDesk(ticket('eerste'), ticket('tweede'))
    opened = provider(desk, doc)
    opened.connect()
    desk.answer()
    await settle()
    FakeSocket.made[0]?.serverOpens()
    FakeSocket.made[0]?.serverCloses(1006)

    // Past every backoff y-websocket could have scheduled: it opened nothing by itself.
    await vi.advanceTimersByTimeAsync(5_000)
    expect(FakeSocket.made).toHaveLength(1)
    expect(desk.requests).toHaveLength(2)
    desk.answer()
    await settle()
    expect(FakeSocket.made.map((s) => s.url)).toEqual([
      'ws://bord.test/yjs/sessie/board?ticket=eerste',
      'ws://bord.test/yjs/sessie/board?ticket=tweede',
    ])
    expect(opened.shouldConnect).toBe(true)
  })

  it('stays away after a refusal its shouldReconnect calls final', async () => {
    const desk = ticketDesk(ticket('eerste'))
    opened = provider(desk, doc)
    opened.connect()
    desk.answer()
    await settle()
    FakeSocket.made[0]?.serverCloses(CloseCode.SessionNotFound)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(desk.requests).toHaveLength(1)
    expect(FakeSocket.made).toHaveLength(1)
  })

  it('tells a refused ticket request as the close the websocket would have sent', async () => {
    const desk = ticketDesk({
      ok: false,
      refusal: { code: CloseCode.Unauthorized, reason: 'wrong-key' },
    })
    opened = provider(desk, doc)
    const closes: Array<number | undefined> = []
    opened.on('connection-close', (event) => closes.push(event?.code))
    opened.connect()
    desk.answer()
    await settle()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(closes).toEqual([CloseCode.Unauthorized])
    expect(FakeSocket.made).toHaveLength(0)
    expect(desk.requests).toHaveLength(1)
  })

  it('asks again, backing off, while the ticket request fails, and at once when told to', async () => {
    const desk = ticketDesk(
      { ok: false, refusal: null },
      { ok: false, refusal: null },
      ticket('eindelijk'),
    )
    opened = provider(desk, doc)
    opened.connect()
    desk.answer()
    await settle()
    await vi.advanceTimersByTimeAsync(199)
    expect(desk.requests).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(desk.requests).toHaveLength(2)
    desk.answer()
    await settle()
    // Waiting out a longer backoff now, but the browser came back online: ask right away.
    opened.connect()
    expect(desk.requests).toHaveLength(3)
    desk.answer()
    await settle()
    expect(FakeSocket.made.map((s) => s.url)).toEqual([
      'ws://bord.test/yjs/sessie/board?ticket=eindelijk',
    ])
  })

  it('drops a ticket that arrives after disconnect(), and asks once for overlapping connects', async () => {
    const desk = ticketDesk(ticket('te-laat'))
    opened = provider(desk, doc)
    opened.connect()
    opened.connect()
    expect(desk.requests).toHaveLength(1)
    opened.disconnect()
    expect(desk.requests[0]?.aborted).toBe(true)
    desk.answer()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(FakeSocket.made).toHaveLength(0)
  })
})
