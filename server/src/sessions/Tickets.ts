import { newTicket, TICKET_TTL_MS } from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'

/** Outstanding tickets one session may have: a full session reconnecting at once, twice over. */
export const MAX_TICKETS_PER_SESSION = 400
/** Outstanding tickets in all: bounds the memory that requests for them can take. */
export const MAX_TICKETS = 20_000

export interface TicketLimits {
  ttlMs: number
  perSession: number
  total: number
  /** The clock; tests move it instead of waiting. */
  now: () => number
}

interface Issued {
  sessionId: string
  identity: ConnectionIdentity
  expiresAt: number
}

export type IssueResult = { ok: true; ticket: string; expiresInMs: number } | { ok: false }

/**
 * Where connection tickets are kept: in this process (`Tickets`, one node), or where every
 * node reads them (`RedisTickets`: a ticket asked for on one node opens a websocket on another).
 */
export interface TicketBook {
  /** A new ticket for `identity` in `sessionId`; refused while too many are outstanding. */
  issue(sessionId: string, identity: ConnectionIdentity): IssueResult | Promise<IssueResult>
  /** Spends `ticket` (in every case) and says who it admits to `sessionId`, if anyone. */
  take(
    ticket: string,
    sessionId: string,
  ): ConnectionIdentity | undefined | Promise<ConnectionIdentity | undefined>
}

/**
 * Connection tickets, held in memory only: a ticket stands for someone admitted to a session
 * (by the ticket request, which checked their name, participant id and key) and lets one
 * websocket in. It is spent by its first presentation, right or wrong, and expires after
 * `ttlMs`. A restart forgets them all, which costs a client only one more request.
 */
export class Tickets implements TicketBook {
  /** In order of issue, so the expired ones are always at the front (every ticket lives as long). */
  private readonly issued = new Map<string, Issued>()
  private readonly perSession = new Map<string, number>()
  private readonly limits: TicketLimits

  constructor(limits: Partial<TicketLimits> = {}) {
    this.limits = {
      ttlMs: TICKET_TTL_MS,
      perSession: MAX_TICKETS_PER_SESSION,
      total: MAX_TICKETS,
      // Monotonic: a clock set back must not make tickets live longer.
      now: () => performance.now(),
      ...limits,
    }
  }

  /** A new ticket for `identity` in `sessionId`; refused while too many are outstanding. */
  issue(sessionId: string, identity: ConnectionIdentity): IssueResult {
    this.sweep()
    if (
      this.issued.size >= this.limits.total ||
      (this.perSession.get(sessionId) ?? 0) >= this.limits.perSession
    ) {
      return { ok: false }
    }
    const ticket = newTicket()
    this.issued.set(ticket, {
      sessionId,
      identity,
      expiresAt: this.limits.now() + this.limits.ttlMs,
    })
    this.perSession.set(sessionId, (this.perSession.get(sessionId) ?? 0) + 1)
    return { ok: true, ticket, expiresInMs: this.limits.ttlMs }
  }

  /**
   * Spends `ticket` and says who it admits to `sessionId`, or undefined when it is unknown,
   * already spent, expired, or another session's. Presenting it spends it in every case: by
   * the time a proxy's log shows the URL, the ticket in it has been used and is worth nothing.
   */
  take(ticket: string, sessionId: string): ConnectionIdentity | undefined {
    this.sweep()
    const issued = this.issued.get(ticket)
    if (!issued) return undefined
    this.forget(ticket, issued)
    return issued.sessionId === sessionId ? issued.identity : undefined
  }

  /** How many tickets are outstanding (for tests and a sanity check of the bound). */
  get size(): number {
    return this.issued.size
  }

  /** Drops the expired tickets; they are the oldest, so this stops at the first live one. */
  private sweep(): void {
    const now = this.limits.now()
    for (const [ticket, issued] of this.issued) {
      if (issued.expiresAt > now) return
      this.forget(ticket, issued)
    }
  }

  private forget(ticket: string, issued: Issued): void {
    this.issued.delete(ticket)
    const left = (this.perSession.get(issued.sessionId) ?? 1) - 1
    if (left > 0) this.perSession.set(issued.sessionId, left)
    else this.perSession.delete(issued.sessionId)
  }
}
