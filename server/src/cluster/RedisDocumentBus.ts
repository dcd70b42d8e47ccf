import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from '../logger.ts'
import type { BusEntry, DocumentBus, DocumentFeed, FeedListener } from './DocumentBus.ts'

/** Entries kept per document stream: minutes of a busy board; older ones are in the database. */
const STREAM_MAX_LENGTH = 10_000
/** A stream nobody wrote to for this long is dropped by Redis (an ended session). */
const STREAM_TTL_MS = 24 * 60 * 60 * 1000
/** How long one blocking read waits; a change of what is followed interrupts it sooner. */
const BLOCK_MS = 5_000
/** Entries handed over before a feed's room exists; beyond this, the room catches up instead. */
const MAX_BUFFERED = 10_000
const RETRY_MS = [100, 250, 500, 1_000]
/** How long the notice of a deleted session's document stays for nodes that follow it. */
const GONE_TTL_MS = 60_000

function streamKey(doc: string): string {
  return `reflectiebord:doc:${doc}`
}

interface Followed {
  /** The ID of the last entry read, or `$` (only what comes next) when Redis was away. */
  position: string
  feeds: Set<RedisFeed>
}

class RedisFeed implements DocumentFeed {
  private listener: FeedListener | null = null
  private buffered: BusEntry[] = []
  private overflowed = false
  private readonly onStop: (feed: RedisFeed) => void

  constructor(onStop: (feed: RedisFeed) => void) {
    this.onStop = onStop
  }

  attach(listener: FeedListener): void {
    this.listener = listener
    const waiting = this.buffered
    this.buffered = []
    for (const entry of waiting) listener.entry(entry)
    if (this.overflowed) listener.resume()
  }

  deliver(entry: BusEntry): void {
    if (this.listener) {
      this.listener.entry(entry)
    } else if (this.buffered.length < MAX_BUFFERED) {
      this.buffered.push(entry)
    } else {
      this.overflowed = true
    }
  }

  resume(): void {
    if (this.listener) this.listener.resume()
    else this.overflowed = true
  }

  stop(): void {
    this.listener = null
    this.buffered = []
    this.onStop(this)
  }
}

/**
 * The document bus of several nodes: one Redis stream per document (as y-redis does), not
 * pub/sub, whose at-most-once delivery loses what is sent while a node reconnects. Every node
 * reads every stream of the documents it has loaded with one blocking `XREAD` on a connection
 * of its own; a change of that set interrupts the read (`CLIENT UNBLOCK`). Streams are capped
 * and expire: the database, not Redis, is the record.
 *
 * When Redis comes back after being away, every feed is told to `resume`: its room reads
 * what it lacks from the database by sequence number.
 */
export class RedisDocumentBus implements DocumentBus {
  readonly nodeId = randomUUID()
  private readonly commands: Redis
  private readonly reader: Redis
  private readonly logger: Logger
  private readonly followed = new Map<string, Followed>()
  private readerId: number | null = null
  private closed = false
  private wasReady = { commands: false, reader: false }
  private loop: Promise<void> = Promise.resolve()
  private wake: (() => void) | null = null

  constructor(url: string, logger: Logger) {
    this.logger = logger
    // Publishing never queues while Redis is away: the entry would be stale when it left, and
    // the database already holds the rows; listeners catch up from there.
    this.commands = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
    })
    this.reader = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true })
    for (const [name, connection] of [
      ['commands', this.commands],
      ['reader', this.reader],
    ] as const) {
      connection.on('error', (err: Error) =>
        this.logger.warn('redis connection error', { connection: name, error: err.message }),
      )
      connection.on('ready', () => {
        if (this.wasReady[name]) this.onReconnected(name)
        this.wasReady[name] = true
      })
    }
  }

  /** Connects both connections (refusing to start without Redis) and starts reading. */
  async start(): Promise<void> {
    await Promise.all([this.commands.connect(), this.reader.connect()])
    this.readerId = Number(await this.reader.client('ID'))
    this.loop = this.readLoop()
  }

  async follow(doc: string): Promise<DocumentFeed> {
    let followed = this.followed.get(doc)
    if (!followed) {
      followed = { position: await this.lastId(doc), feeds: new Set() }
      // Another room of the same name may have started following meanwhile.
      const other = this.followed.get(doc)
      if (other) followed = other
      else this.followed.set(doc, followed)
    }
    const entry = followed
    const feed = new RedisFeed((gone) => {
      entry.feeds.delete(gone)
      if (entry.feeds.size === 0 && this.followed.get(doc) === entry) {
        this.followed.delete(doc)
        this.interrupt()
      }
    })
    entry.feeds.add(feed)
    this.interrupt()
    return feed
  }

  publish(doc: string, entry: BusEntry): void {
    if (this.closed) return
    const fields: (string | Buffer)[] = ['n', this.nodeId, 'k', entry.kind]
    switch (entry.kind) {
      case 'update':
        fields.push('f', String(entry.from), 't', String(entry.to), 'u', toBuffer(entry.update))
        break
      case 'compacted':
      case 'head':
        fields.push('s', String(entry.seq))
        break
      case 'awareness':
        fields.push('u', toBuffer(entry.update))
        if (entry.owner !== undefined) fields.push('o', entry.owner)
        break
      case 'gone':
        break
    }
    const key = streamKey(doc)
    this.commands
      .multi()
      .xadd(key, 'MAXLEN', '~', STREAM_MAX_LENGTH, '*', ...fields)
      .pexpire(key, STREAM_TTL_MS)
      .exec()
      .catch((err: unknown) =>
        this.logger.warn('publishing to redis failed; other nodes will catch up', {
          error: String(err),
        }),
      )
  }

  async forget(doc: string): Promise<void> {
    const key = streamKey(doc)
    await this.commands
      .multi()
      .xadd(key, '*', 'n', this.nodeId, 'k', 'gone')
      // Only the notice stays, briefly: nothing of the session's content is kept in Redis.
      .xtrim(key, 'MAXLEN', 1)
      .pexpire(key, GONE_TTL_MS)
      .exec()
      .catch((err: unknown) =>
        this.logger.warn('telling other nodes of a deletion failed', { error: String(err) }),
      )
  }

  async close(): Promise<void> {
    this.closed = true
    this.interrupt()
    this.reader.disconnect()
    await this.loop
    await this.commands.quit().catch(() => this.commands.disconnect())
  }

  /** The stream's newest entry ID: what follows it is what a load from the database may miss. */
  private async lastId(doc: string): Promise<string> {
    try {
      const newest = await this.commands.xrevrange(streamKey(doc), '+', '-', 'COUNT', 1)
      return newest[0]?.[0] ?? '0-0'
    } catch (err) {
      // Redis is away: the room catches up from the database when it is back (see resume).
      this.logger.warn('redis unavailable while loading a document', { error: String(err) })
      return '$'
    }
  }

  private async readLoop(): Promise<void> {
    let failures = 0
    while (!this.closed) {
      if (this.followed.size === 0) {
        await new Promise<void>((resolve) => {
          this.wake = resolve
        })
        this.wake = null
        continue
      }
      const docs = [...this.followed.keys()]
      const positions = docs.map((doc) => this.followed.get(doc)?.position ?? '$')
      try {
        const result = await this.reader.xreadBuffer(
          'COUNT',
          1000,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...docs.map(streamKey),
          ...positions,
        )
        failures = 0
        if (result) this.deliver(result)
      } catch (err) {
        if (this.closed) return
        const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 1_000
        failures += 1
        this.logger.debug('reading from redis failed', { error: String(err) })
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
  }

  private deliver(result: [Buffer, [Buffer, Buffer[]][]][]): void {
    const prefix = streamKey('')
    for (const [key, items] of result) {
      const doc = key.toString().slice(prefix.length)
      const followed = this.followed.get(doc)
      if (!followed) continue
      for (const [id, fields] of items) {
        followed.position = id.toString()
        const entry = this.parse(fields)
        if (!entry) continue
        for (const feed of followed.feeds) feed.deliver(entry)
      }
    }
  }

  /** An entry from another node; null for this node's own, and for one that makes no sense. */
  private parse(fields: Buffer[]): BusEntry | null {
    const values = new Map<string, Buffer>()
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const name = fields[i]
      const value = fields[i + 1]
      if (name && value) values.set(name.toString(), value)
    }
    if (values.get('n')?.toString() === this.nodeId) return null
    const number = (name: string) => Number(values.get(name)?.toString())
    const update = values.get('u')
    switch (values.get('k')?.toString()) {
      case 'update': {
        const from = number('f')
        const to = number('t')
        if (!update || !Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return null
        return { kind: 'update', from, to, update: new Uint8Array(update) }
      }
      case 'compacted':
      case 'head': {
        const seq = number('s')
        if (!Number.isSafeInteger(seq)) return null
        return { kind: values.get('k')?.toString() === 'head' ? 'head' : 'compacted', seq }
      }
      case 'awareness': {
        if (!update) return null
        const owner = values.get('o')?.toString()
        return {
          kind: 'awareness',
          update: new Uint8Array(update),
          ...(owner !== undefined ? { owner } : {}),
        }
      }
      case 'gone':
        return { kind: 'gone' }
      default:
        return null
    }
  }

  /** Makes the blocking read start again with the documents followed now. */
  private interrupt(): void {
    if (this.wake) {
      this.wake()
      return
    }
    if (this.readerId === null || this.closed) return
    this.commands.client('UNBLOCK', this.readerId).catch(() => {
      // Redis is away; the read fails on its own and starts again.
    })
  }

  private onReconnected(name: 'commands' | 'reader'): void {
    this.logger.info('redis is back; rooms catch up from the database', { connection: name })
    if (name === 'reader') {
      this.reader
        .client('ID')
        .then((id) => {
          this.readerId = Number(id)
        })
        .catch(() => {
          this.readerId = null
        })
    }
    for (const followed of this.followed.values()) {
      for (const feed of followed.feeds) feed.resume()
    }
  }
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
