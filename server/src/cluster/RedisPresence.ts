import type { Redis } from 'ioredis'
import type { Logger } from '../logger.ts'
import type { PresenceDirectory } from '../sessions/PresenceDirectory.ts'

const prefix = 'reflectiebord:presence:'
/** The set of nodes that said something about a session; kept a day after the last word. */
const nodesKey = (sessionId: string) => `${prefix}${sessionId}`
/** Who is connected to a session through one node; expires unless the node renews it. */
const nodeKey = (sessionId: string, nodeId: string) => `${prefix}${sessionId}:${nodeId}`
const NODES_TTL_SECONDS = 86_400

/**
 * Reads everyone present in a session in one step, and drops the nodes whose set expired (a
 * node that died) from the list. In one script so that a node renewing its set between a read
 * and a removal is never dropped. Keys are derived from KEYS[1]: one Redis, not a Redis Cluster.
 */
const READ_ONLINE = `
local nodes = redis.call('SMEMBERS', KEYS[1])
local people = {}
for _, node in ipairs(nodes) do
  local members = redis.call('SMEMBERS', KEYS[1] .. ':' .. node)
  if #members == 0 then
    redis.call('SREM', KEYS[1], node)
  else
    for _, member in ipairs(members) do people[#people + 1] = member end
  end
end
return people
`

/**
 * The presence directory in Redis. Each node keeps one set per session it has people in, under
 * its own name, and renews it every third of the timeout; the set of a node that stops renewing
 * expires (Redis key expiry), so its people count as gone without anyone deciding it.
 * Each renewal writes the whole set again, so a Redis that restarted empty is refilled too.
 */
export class RedisPresence implements PresenceDirectory {
  private readonly redis: Redis
  private readonly nodeId: string
  private readonly timeoutMs: number
  private readonly logger: Logger
  /** What this node last said per session: renewed until it says nobody. */
  private readonly mine = new Map<string, readonly string[]>()
  private readonly renewal: NodeJS.Timeout

  constructor(redis: Redis, nodeId: string, timeoutMs: number, logger: Logger) {
    this.redis = redis
    this.nodeId = nodeId
    this.timeoutMs = timeoutMs
    this.logger = logger
    this.renewal = setInterval(() => this.renew(), Math.max(1, Math.floor(timeoutMs / 3)))
    this.renewal.unref()
  }

  async publish(sessionId: string, publicIds: readonly string[]): Promise<void> {
    if (publicIds.length === 0) this.mine.delete(sessionId)
    else this.mine.set(sessionId, [...publicIds])
    await this.write(sessionId, publicIds)
  }

  async online(sessionId: string): Promise<Set<string>> {
    const people = await this.redis.eval(READ_ONLINE, 1, nodesKey(sessionId))
    return new Set(Array.isArray(people) ? people.map(String) : [])
  }

  async forget(sessionId: string): Promise<void> {
    this.mine.delete(sessionId)
    const key = nodesKey(sessionId)
    const nodes = await this.redis.smembers(key)
    await this.redis.del(key, ...nodes.map((node) => nodeKey(sessionId, node)))
  }

  async withdraw(sessionId: string): Promise<void> {
    await this.publish(sessionId, [])
  }

  close(): void {
    clearInterval(this.renewal)
  }

  private async write(sessionId: string, publicIds: readonly string[]): Promise<void> {
    const own = nodeKey(sessionId, this.nodeId)
    const nodes = nodesKey(sessionId)
    const step = this.redis.multi().del(own)
    if (publicIds.length > 0) {
      step.sadd(own, ...publicIds).pexpire(own, this.timeoutMs)
      step.sadd(nodes, this.nodeId).expire(nodes, NODES_TTL_SECONDS)
    } else {
      step.srem(nodes, this.nodeId)
    }
    const results = await step.exec()
    const failed = results?.find(([err]) => err)?.[0]
    if (failed) throw failed
  }

  private renew(): void {
    for (const [sessionId, publicIds] of this.mine) {
      this.write(sessionId, publicIds).catch((err: unknown) =>
        this.logger.warn('renewing presence failed', {
          session: sessionId,
          error: err instanceof Error ? err.message : String(err),
        }),
      )
    }
  }
}
