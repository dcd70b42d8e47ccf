import { isTicket, newSessionId, TICKET_BYTES } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import { Tickets } from './Tickets.ts'

const ann: ConnectionIdentity = {
  participantId: 'A'.repeat(22),
  publicId: 'a'.repeat(22),
  displayName: 'Ann',
  role: 'participant',
}

function clock() {
  let now = 1_000
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

function issued(tickets: Tickets, sessionId: string): string {
  const result = tickets.issue(sessionId, ann)
  if (!result.ok) throw new Error('no ticket issued')
  return result.ticket
}

describe('Tickets', () => {
  it('issues unguessable tickets that say who they admit, once', () => {
    const tickets = new Tickets()
    const session = newSessionId()
    const result = tickets.issue(session, ann)
    expect(result).toEqual({ ok: true, ticket: expect.any(String), expiresInMs: 60_000 })
    if (!result.ok) return
    expect(TICKET_BYTES * 8).toBeGreaterThanOrEqual(128)
    expect(isTicket(result.ticket)).toBe(true)
    expect(issued(tickets, session)).not.toBe(result.ticket)

    expect(tickets.take(result.ticket, session)).toEqual(ann)
    expect(tickets.take(result.ticket, session)).toBeUndefined()
  })

  it("refuses another session's ticket, and spends it doing so", () => {
    const tickets = new Tickets()
    const mine = newSessionId()
    const ticket = issued(tickets, mine)
    expect(tickets.take(ticket, newSessionId())).toBeUndefined()
    expect(tickets.take(ticket, mine)).toBeUndefined()
  })

  it('refuses a ticket after its time, and knows nothing of made-up ones', () => {
    const time = clock()
    const tickets = new Tickets({ ttlMs: 60_000, now: time.now })
    const session = newSessionId()
    const late = issued(tickets, session)
    time.advance(59_999)
    const inTime = issued(tickets, session)
    expect(tickets.take(inTime, session)).toEqual(ann)
    time.advance(1)
    expect(tickets.take(late, session)).toBeUndefined()
    expect(tickets.take('A'.repeat(43), session)).toBeUndefined()
  })

  it('holds a bounded number per session and in all, and frees room as tickets expire', () => {
    const time = clock()
    const tickets = new Tickets({ ttlMs: 1_000, perSession: 3, total: 5, now: time.now })
    const busy = newSessionId()
    for (let i = 0; i < 3; i++) issued(tickets, busy)
    expect(tickets.issue(busy, ann)).toEqual({ ok: false })
    // Another session still gets its own, up to the total.
    const other = newSessionId()
    const spent = issued(tickets, other)
    issued(tickets, other)
    expect(tickets.issue(newSessionId(), ann)).toEqual({ ok: false })
    // A spent ticket makes room at once.
    tickets.take(spent, other)
    expect(tickets.issue(newSessionId(), ann).ok).toBe(true)

    // Expired ones are swept, not kept until someone presents them.
    time.advance(1_000)
    expect(tickets.issue(busy, ann).ok).toBe(true)
    expect(tickets.size).toBe(1)
  })
})
