import { newTicket, TICKET_TTL_MS } from '@reflectiebord/shared'
import type { Redis } from 'ioredis'
import * as v from 'valibot'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import { type IssueResult, MAX_TICKETS_PER_SESSION, type TicketBook } from '../sessions/Tickets.ts'

const IssuedSchema: v.GenericSchema<unknown, { sessionId: string; identity: ConnectionIdentity }> =
  v.object({
    sessionId: v.string(),
    identity: v.object({
      participantId: v.string(),
      publicId: v.string(),
      displayName: v.string(),
      role: v.picklist(['participant', 'facilitator']),
    }),
  })

/**
 * Connection tickets in Redis, for several nodes behind a balancer without sticky sessions:
 * the page asks one node for a ticket and its websocket may land on another. A ticket is a key
 * that expires by itself and is spent with `GETDEL`, so two nodes can never both admit it.
 * The per-session bound counts tickets issued within one lifetime of a ticket.
 */
export class RedisTickets implements TicketBook {
  private readonly redis: Redis
  private readonly ttlMs: number

  constructor(redis: Redis, ttlMs = TICKET_TTL_MS) {
    this.redis = redis
    this.ttlMs = ttlMs
  }

  async issue(sessionId: string, identity: ConnectionIdentity): Promise<IssueResult> {
    const counter = `reflectiebord:tickets-issued:${sessionId}`
    const [[, issued] = []] =
      (await this.redis.multi().incr(counter).pexpire(counter, this.ttlMs, 'NX').exec()) ?? []
    if (typeof issued !== 'number' || issued > MAX_TICKETS_PER_SESSION) return { ok: false }
    const ticket = newTicket()
    await this.redis.set(
      ticketKey(ticket),
      JSON.stringify({ sessionId, identity }),
      'PX',
      this.ttlMs,
    )
    return { ok: true, ticket, expiresInMs: this.ttlMs }
  }

  async take(ticket: string, sessionId: string): Promise<ConnectionIdentity | undefined> {
    const stored = await this.redis.getdel(ticketKey(ticket))
    if (stored === null) return undefined
    const parsed = v.safeParse(IssuedSchema, safeJson(stored))
    if (!parsed.success || parsed.output.sessionId !== sessionId) return undefined
    return parsed.output.identity
  }
}

function ticketKey(ticket: string): string {
  return `reflectiebord:ticket:${ticket}`
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
