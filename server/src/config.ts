import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LogLevel } from './logger.ts'

export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number
  host: string
  /** Folder of the SQLite database; created when missing. */
  dataDir: string
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
  /** tldraw licence key for production hosts; passed to the page, never required on localhost. */
  tldrawLicenseKey: string | undefined
  logLevel: LogLevel
}

const here = dirname(fileURLToPath(import.meta.url))

export const defaultConfig: ServerConfig = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: './data',
  clientDist: resolve(here, '../../client/dist'),
  maxMessageBytes: 8 * 1024 * 1024,
  maxUploadBytes: 15 * 1024 * 1024,
  roomIdleMs: 30_000,
  pingIntervalMs: 30_000,
  compactEvery: 500,
  maxBufferedBytes: 32 * 1024 * 1024,
  tldrawLicenseKey: undefined,
  logLevel: 'info',
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the configuration from environment variables; see the README's table. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  return {
    port: integer(env, 'PORT', defaultConfig.port, 0, 65_535),
    host: env.HOST?.trim() || defaultConfig.host,
    dataDir: env.DATA_DIR?.trim() || defaultConfig.dataDir,
    clientDist: env.CLIENT_DIST?.trim() || defaultConfig.clientDist,
    maxMessageBytes: integer(
      env,
      'MAX_MESSAGE_BYTES',
      defaultConfig.maxMessageBytes,
      1024,
      256 * 1024 * 1024,
    ),
    maxUploadBytes: integer(
      env,
      'MAX_UPLOAD_BYTES',
      defaultConfig.maxUploadBytes,
      1024,
      100 * 1024 * 1024,
    ),
    roomIdleMs:
      1000 * integer(env, 'ROOM_IDLE_SECONDS', defaultConfig.roomIdleMs / 1000, 0, 86_400),
    pingIntervalMs:
      1000 * integer(env, 'PING_INTERVAL_SECONDS', defaultConfig.pingIntervalMs / 1000, 1, 3_600),
    compactEvery: integer(env, 'COMPACT_EVERY_UPDATES', defaultConfig.compactEvery, 1, 1_000_000),
    maxBufferedBytes: defaultConfig.maxBufferedBytes,
    tldrawLicenseKey: env.TLDRAW_LICENSE_KEY?.trim() || undefined,
    logLevel: logLevel(env.LOG_LEVEL),
  }
}

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
  }
  return value
}

function logLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim() || defaultConfig.logLevel
  if (
    value === 'debug' ||
    value === 'info' ||
    value === 'warn' ||
    value === 'error' ||
    value === 'silent'
  ) {
    return value
  }
  throw new ConfigError(`LOG_LEVEL must be debug, info, warn, error or silent, not "${value}"`)
}
