import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_RETENTION_DAYS } from '@reflectiebord/shared'
import * as v from 'valibot'
import type { LogLevel } from './logger.ts'

export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number
  host: string
  /** Folder of the SQLite database; created when missing. */
  dataDir: string
  /** PostgreSQL connection URL; when set, everything is stored there instead of in `dataDir`. */
  databaseUrl: string | undefined
  /**
   * Redis connection URL; with `databaseUrl`, nodes share live changes, presence and tickets
   * through it (several nodes behind one balancer).
   */
  redisUrl: string | undefined
  /** Folder with the built client (index.html, assets/); may be absent in API-only tests. */
  clientDist: string
  /** Largest websocket frame accepted; a larger one closes the connection with 1009. */
  maxMessageBytes: number
  /** Largest picture upload accepted, in bytes. */
  maxUploadBytes: number
  /** How long a room stays in memory after its last client left. */
  roomIdleMs: number
  /** How often connections are pinged; one missed pong closes them. */
  pingIntervalMs: number
  /** After this many appended updates a document's log is compacted into one snapshot. */
  compactEvery: number
  /** Bytes queued for one slow client before it is disconnected (bounded memory). */
  maxBufferedBytes: number
  /** A client that has not sent a request's headers in this time is disconnected. */
  headersTimeoutMs: number
  /** A client that has not sent a whole request (an upload, say) in this time is disconnected. */
  requestTimeoutMs: number
  /**
   * Days a session is kept after its last activity: the default, and the longest a facilitator
   * may choose. Fractions are allowed (0.5 is twelve hours).
   */
  retentionDays: number
  /** How often expired sessions are looked for and deleted (also once at start-up). */
  retentionSweepMs: number
  /**
   * With several nodes: how long the people of a node that stopped answering (killed, cut off)
   * still show as online. Nodes renew their presence every third of it.
   */
  presenceTimeoutMs: number
  /** tldraw licence key for production hosts; passed to the page, never required on localhost. */
  tldrawLicenseKey: string | undefined
  logLevel: LogLevel
}

const here = dirname(fileURLToPath(import.meta.url))

export const defaultConfig: ServerConfig = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: './data',
  databaseUrl: undefined,
  redisUrl: undefined,
  clientDist: resolve(here, '../../client/dist'),
  maxMessageBytes: 8 * 1024 * 1024,
  maxUploadBytes: 15 * 1024 * 1024,
  roomIdleMs: 30_000,
  pingIntervalMs: 30_000,
  compactEvery: 500,
  maxBufferedBytes: 32 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  retentionDays: 90,
  retentionSweepMs: 600_000,
  presenceTimeoutMs: 15_000,
  tldrawLicenseKey: undefined,
  logLevel: 'info',
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const LOG_LEVELS = [
  'debug',
  'info',
  'warn',
  'error',
  'silent',
] as const satisfies readonly LogLevel[]

// Messages leave out the variable's name: `configFromEnv` puts it in front from the issue's
// path, so a message cannot name the wrong variable.

/**
 * Unset and blank mean the same (an empty `PORT=` in a unit file asks for the default). The
 * `''` default matters: without one, `v.object` skips a missing variable's pipe altogether.
 */
const Unset = v.pipe(
  v.optional(v.string(), ''),
  v.transform((raw) => raw?.trim() || undefined),
)

function text(fallback: string) {
  return v.pipe(Unset, v.optional(v.string(), fallback))
}

function wholeNumber(min: number, max: number, fallback: number) {
  return v.pipe(
    Unset,
    v.optional(
      v.pipe(
        v.string(),
        v.check(
          (raw) => {
            const value = Number(raw)
            return Number.isInteger(value) && value >= min && value <= max
          },
          (issue) => `must be a whole number from ${min} to ${max}, not "${issue.input}"`,
        ),
        v.transform(Number),
      ),
      // valibot runs a default through the schema too, so it is given as the variable would be.
      String(fallback),
    ),
  )
}

function positiveNumber(max: number, fallback: number) {
  return v.pipe(
    Unset,
    v.optional(
      v.pipe(
        v.string(),
        v.check(
          (raw) => {
            // Number('') and Number(' ') are 0, and '0x10' is 16: only plain decimals count.
            const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN
            return value > 0 && value <= max
          },
          (issue) => `must be a number above 0 and at most ${max}, not "${issue.input}"`,
        ),
        v.transform(Number),
      ),
      String(fallback),
    ),
  )
}

/** The environment variables the server reads; the README's table describes each. */
const EnvSchema = v.object({
  PORT: wholeNumber(0, 65_535, defaultConfig.port),
  HOST: text(defaultConfig.host),
  DATA_DIR: text(defaultConfig.dataDir),
  DATABASE_URL: v.pipe(
    Unset,
    v.check(
      (raw) => raw === undefined || /^postgres(ql)?:\/\//.test(raw),
      // Not quoted back: the value may hold a password.
      'must be a PostgreSQL URL (postgresql://user:password@host:port/database)',
    ),
  ),
  REDIS_URL: v.pipe(
    Unset,
    v.check(
      (raw) => raw === undefined || /^rediss?:\/\//.test(raw),
      'must be a Redis URL (redis://host:port)',
    ),
  ),
  CLIENT_DIST: text(defaultConfig.clientDist),
  MAX_MESSAGE_BYTES: wholeNumber(1024, 256 * 1024 * 1024, defaultConfig.maxMessageBytes),
  MAX_UPLOAD_BYTES: wholeNumber(1024, 100 * 1024 * 1024, defaultConfig.maxUploadBytes),
  ROOM_IDLE_SECONDS: wholeNumber(0, 86_400, defaultConfig.roomIdleMs / 1000),
  PING_INTERVAL_SECONDS: wholeNumber(1, 3_600, defaultConfig.pingIntervalMs / 1000),
  COMPACT_EVERY_UPDATES: wholeNumber(1, 1_000_000, defaultConfig.compactEvery),
  HTTP_HEADERS_TIMEOUT_SECONDS: wholeNumber(1, 600, defaultConfig.headersTimeoutMs / 1000),
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(1, 3_600, defaultConfig.requestTimeoutMs / 1000),
  RETENTION_DAYS: positiveNumber(MAX_RETENTION_DAYS, defaultConfig.retentionDays),
  RETENTION_SWEEP_SECONDS: wholeNumber(1, 86_400, defaultConfig.retentionSweepMs / 1000),
  PRESENCE_TIMEOUT_SECONDS: wholeNumber(3, 3_600, defaultConfig.presenceTimeoutMs / 1000),
  TLDRAW_LICENSE_KEY: Unset,
  LOG_LEVEL: v.pipe(
    Unset,
    v.optional(
      v.picklist(
        LOG_LEVELS,
        (issue) =>
          `must be ${LOG_LEVELS.slice(0, -1).join(', ')} or ${LOG_LEVELS.at(-1)}, not "${String(issue.input)}"`,
      ),
      defaultConfig.logLevel,
    ),
  ),
})

const ConfigSchema = v.pipe(
  EnvSchema,
  v.forward(
    v.check(
      (env) => env.REDIS_URL === undefined || env.DATABASE_URL !== undefined,
      'needs DATABASE_URL too: several nodes share one PostgreSQL database, not a DATA_DIR',
    ),
    ['REDIS_URL'],
  ),
  v.transform(
    (env): ServerConfig => ({
      port: env.PORT,
      host: env.HOST,
      dataDir: env.DATA_DIR,
      databaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
      clientDist: env.CLIENT_DIST,
      maxMessageBytes: env.MAX_MESSAGE_BYTES,
      maxUploadBytes: env.MAX_UPLOAD_BYTES,
      roomIdleMs: env.ROOM_IDLE_SECONDS * 1000,
      pingIntervalMs: env.PING_INTERVAL_SECONDS * 1000,
      compactEvery: env.COMPACT_EVERY_UPDATES,
      // Not in the README's table, so not read from the environment (see rooms/Connection.ts).
      maxBufferedBytes: defaultConfig.maxBufferedBytes,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
      retentionDays: env.RETENTION_DAYS,
      retentionSweepMs: env.RETENTION_SWEEP_SECONDS * 1000,
      presenceTimeoutMs: env.PRESENCE_TIMEOUT_SECONDS * 1000,
      tldrawLicenseKey: env.TLDRAW_LICENSE_KEY,
      logLevel: env.LOG_LEVEL,
    }),
  ),
)

/**
 * Reads the configuration from environment variables; see the README's table. A value that
 * makes no sense stops the server with a ConfigError naming every such variable, rather
 * than starting with a setting nobody asked for.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const result = v.safeParse(ConfigSchema, env)
  if (result.success) return result.output
  const problems = result.issues.map(
    (issue) => `${String(issue.path?.[0]?.key ?? 'environment')} ${issue.message}`,
  )
  throw new ConfigError(problems.join('; '))
}
