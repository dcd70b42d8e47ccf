/** The messages between the benchmark and a server host child process (serverHost.ts). */

export type HostKind = 'ours' | 'reference' | 'hocuspocus' | 'raw'

export interface HostOptions {
  /** Our server only: folder of its SQLite database. */
  dataDir?: string
  /** Our server only: config `compactEvery`. */
  compactEvery?: number
  /** Our server only: config `roomIdleMs`. */
  roomIdleMs?: number
  /** Our server only: store in this PostgreSQL database instead of SQLite (`DATABASE_URL`). */
  databaseUrl?: string
  /** Our server only: with `databaseUrl`, join the nodes on this Redis (`REDIS_URL`). */
  redisUrl?: string
}

export interface HostStats {
  memory: NodeJS.MemoryUsage
  cpu: NodeJS.CpuUsage
  gcAvailable: boolean
}

export type HostRequest = { type: 'stats'; id: number; gc: boolean } | { type: 'close' }

export type HostReply =
  | { type: 'ready'; port: number }
  | { type: 'stats'; id: number; stats: HostStats; rooms: number }
