import { afterAll, afterEach, beforeAll } from 'vitest'
import { type PostgresServer, startPostgres } from './postgresServer.ts'
import { type RedisServer, startRedis } from './redisServer.ts'
import { discardTestServers, type ServerProcess, startServerProcess } from './serverProcess.ts'
import type { StockClient } from './stockClient.ts'
import type { TcpBalancer } from './tcpBalancer.ts'

export interface ClusterHarness {
  readonly postgres: PostgresServer
  readonly redis: RedisServer
  /** Destroyed after each test. */
  readonly clients: StockClient[]
  /** Closed after each test. */
  readonly balancers: TcpBalancer[]
  /** `count` nodes on one PostgreSQL database and one Redis, as an operator would start them. */
  startNodes(
    count: number,
    database: string,
    env?: Record<string, string>,
  ): Promise<ServerProcess[]>
}

/**
 * One PostgreSQL and one Redis for a test file (started before it, stopped after), and the
 * nodes, clients and balancers of each test cleaned up after it.
 */
export function useCluster(): ClusterHarness {
  let postgres: PostgresServer | undefined
  let redis: RedisServer | undefined
  const clients: StockClient[] = []
  const balancers: TcpBalancer[] = []

  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
  }, 60_000)

  afterEach(async () => {
    try {
      for (const client of clients.splice(0)) client.destroy()
      for (const balancer of balancers.splice(0)) await balancer.close()
    } finally {
      await discardTestServers()
    }
  })

  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()])
  })

  const started = <T>(engine: T | undefined, name: string): T => {
    if (!engine) throw new Error(`${name} has not started (beforeAll failed?)`)
    return engine
  }

  return {
    get postgres() {
      return started(postgres, 'PostgreSQL')
    },
    get redis() {
      return started(redis, 'Redis')
    },
    clients,
    balancers,
    startNodes(count, database, env = {}) {
      const shared = {
        DATABASE_URL: started(postgres, 'PostgreSQL').createDatabase(database),
        REDIS_URL: started(redis, 'Redis').url,
        ...env,
      }
      return Promise.all(Array.from({ length: count }, () => startServerProcess({ env: shared })))
    },
  }
}
