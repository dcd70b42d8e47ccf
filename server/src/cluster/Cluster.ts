import { roomName, SessionDocument } from '@reflectiebord/shared'
import { Redis } from 'ioredis'
import type { Logger } from '../logger.ts'
import type { TicketBook } from '../sessions/Tickets.ts'
import type { DocumentBus } from './DocumentBus.ts'
import { RedisDocumentBus } from './RedisDocumentBus.ts'
import { RedisTickets } from './RedisTickets.ts'

/**
 * What a node shares with the other nodes through Redis (`REDIS_URL`): the bus on which stored
 * rows and presence travel, and the connection tickets. The records themselves are in
 * PostgreSQL; Redis holds nothing that cannot be lost.
 */
export class Cluster {
  readonly bus: DocumentBus
  readonly tickets: TicketBook
  private readonly ticketConnection: Redis

  private constructor(bus: DocumentBus, ticketConnection: Redis) {
    this.bus = bus
    this.ticketConnection = ticketConnection
    this.tickets = new RedisTickets(ticketConnection)
  }

  /** Connects to Redis; refuses to start a node that cannot reach it. */
  static async join(url: string, logger: Logger): Promise<Cluster> {
    const bus = new RedisDocumentBus(url, logger)
    // A ticket request while Redis is away fails at once (the page asks again) rather than wait.
    const ticketConnection = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true })
    ticketConnection.on('error', (err: Error) =>
      logger.warn('redis connection error', { connection: 'tickets', error: err.message }),
    )
    try {
      await Promise.all([bus.start(), ticketConnection.connect()])
    } catch (err) {
      await bus.close().catch(() => undefined)
      ticketConnection.disconnect()
      throw new RedisUnavailableError(url, err)
    }
    return new Cluster(bus, ticketConnection)
  }

  /** A deleted session's entries leave Redis at once, not when they expire. */
  async forgetSession(sessionId: string): Promise<void> {
    await Promise.all(
      Object.values(SessionDocument).map((document) =>
        this.bus.forget(roomName(sessionId, document)),
      ),
    )
  }

  async close(): Promise<void> {
    await this.bus.close()
    await this.ticketConnection.quit().catch(() => this.ticketConnection.disconnect())
  }
}

/** Redis did not answer at start-up; the message names the host, never a password. */
export class RedisUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    let where = 'the Redis server'
    try {
      const parsed = new URL(url)
      where = `Redis at ${parsed.hostname}:${parsed.port || '6379'}`
    } catch {
      // An unparseable URL was refused by the configuration already.
    }
    super(`${where} is not reachable (${cause instanceof Error ? cause.message : String(cause)})`)
    this.name = 'RedisUnavailableError'
  }
}
