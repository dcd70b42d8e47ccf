import { roomName, SessionDocument } from '@reflectiebord/shared'
import { Redis } from 'ioredis'
import type { Logger } from '../logger.ts'
import type { PresenceDirectory } from '../sessions/PresenceDirectory.ts'
import type { TicketBook } from '../sessions/Tickets.ts'
import type { DocumentBus } from './DocumentBus.ts'
import { RedisDocumentBus } from './RedisDocumentBus.ts'
import { RedisPresence } from './RedisPresence.ts'
import { RedisTickets } from './RedisTickets.ts'
import { RedisUnavailableError } from './RedisUnavailableError.ts'

const COMMAND_TIMEOUT_MS = 5_000

/**
 * What a node shares with the other nodes through Redis (`REDIS_URL`): the bus on which stored
 * rows and cursors travel, who is connected through which node, and the connection tickets.
 * The records themselves are in PostgreSQL; Redis holds nothing that cannot be lost.
 */
export class Cluster {
  readonly bus: DocumentBus
  readonly tickets: TicketBook
  readonly presence: PresenceDirectory
  private readonly commands: Redis

  private constructor(bus: DocumentBus, commands: Redis, presence: PresenceDirectory) {
    this.bus = bus
    this.commands = commands
    this.tickets = new RedisTickets(commands)
    this.presence = presence
  }

  /**
   * Connects to Redis; refuses to start a node that cannot reach it. People connected through
   * a node that stops answering count as gone after `presenceTimeoutMs`.
   */
  static async join(url: string, logger: Logger, presenceTimeoutMs: number): Promise<Cluster> {
    const bus = new RedisDocumentBus(url, logger)
    // A ticket request while Redis is away fails at once (the page asks again) rather than
    // wait; so does a presence write (the sweep writes it again once Redis is back).
    // A Redis that hangs without closing must not hold up a presence write made under a
    // session's lock: each command gives up after a while.
    const commands = new Redis(url, {
      maxRetriesPerRequest: 1,
      lazyConnect: true,
      commandTimeout: COMMAND_TIMEOUT_MS,
    })
    commands.on('error', (err: Error) =>
      logger.warn('redis connection error', { connection: 'commands', error: err.message }),
    )
    try {
      await Promise.all([bus.start(), commands.connect()])
    } catch (err) {
      await bus.close().catch(() => undefined)
      commands.disconnect()
      throw new RedisUnavailableError(url, err)
    }
    const presence = new RedisPresence(commands, bus.nodeId, presenceTimeoutMs, logger)
    return new Cluster(bus, commands, presence)
  }

  /** A deleted session's entries leave Redis at once, not when they expire. */
  async forgetSession(sessionId: string): Promise<void> {
    await Promise.all([
      ...Object.values(SessionDocument).map((document) =>
        this.bus.forget(roomName(sessionId, document)),
      ),
      this.presence.forget(sessionId),
    ])
  }

  async close(): Promise<void> {
    this.presence.close()
    await this.bus.close()
    await this.commands.quit().catch(() => this.commands.disconnect())
  }
}
