import { describe, expect, it } from 'vitest'
import { ConfigError, configFromEnv, defaultConfig } from './config.ts'

describe('configFromEnv', () => {
  it('uses the defaults when nothing is set, and treats a blank value as unset', () => {
    expect(configFromEnv({})).toEqual(defaultConfig)
    expect(
      configFromEnv({ PORT: '', HOST: '   ', LOG_LEVEL: ' ', TLDRAW_LICENSE_KEY: '' }),
    ).toEqual(defaultConfig)
  })

  it('reads every variable, trimmed, and converts seconds to milliseconds', () => {
    const config = configFromEnv({
      PORT: ' 3000 ',
      HOST: ' 0.0.0.0 ',
      DATA_DIR: '/var/lib/reflectiebord',
      CLIENT_DIST: '/srv/client',
      MAX_MESSAGE_BYTES: '1024',
      MAX_UPLOAD_BYTES: '2048',
      ROOM_IDLE_SECONDS: '0',
      PING_INTERVAL_SECONDS: '5',
      COMPACT_EVERY_UPDATES: '1000000',
      RETENTION_DAYS: '30',
      RETENTION_SWEEP_SECONDS: '60',
      PRESENCE_TIMEOUT_SECONDS: '30',
      TLDRAW_LICENSE_KEY: ' sleutel ',
      LOG_LEVEL: 'debug',
      UNRELATED: 'ignored',
    })
    expect(config).toEqual({
      ...defaultConfig,
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/var/lib/reflectiebord',
      clientDist: '/srv/client',
      maxMessageBytes: 1024,
      maxUploadBytes: 2048,
      roomIdleMs: 0,
      pingIntervalMs: 5000,
      compactEvery: 1_000_000,
      retentionDays: 30,
      retentionSweepMs: 60_000,
      presenceTimeoutMs: 30_000,
      tldrawLicenseKey: 'sleutel',
      logLevel: 'debug',
    })
  })

  it('accepts port 0 (a free port, for tests) and both ends of every range', () => {
    expect(configFromEnv({ PORT: '0' }).port).toBe(0)
    expect(configFromEnv({ PORT: '65535' }).port).toBe(65_535)
    expect(configFromEnv({ ROOM_IDLE_SECONDS: '86400' }).roomIdleMs).toBe(86_400_000)
    expect(configFromEnv({ RETENTION_DAYS: '36500' }).retentionDays).toBe(36_500)
  })

  it('stores in PostgreSQL only when given a PostgreSQL URL, and never repeats it in an error', () => {
    expect(configFromEnv({}).databaseUrl).toBeUndefined()
    expect(configFromEnv({ DATABASE_URL: ' postgresql://rb:geheim@db:5432/rb ' }).databaseUrl).toBe(
      'postgresql://rb:geheim@db:5432/rb',
    )
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://rb:geheim@db/rb' })).toThrow(
      /DATABASE_URL must be a PostgreSQL URL/,
    )
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://rb:geheim@db/rb' })).not.toThrow(/geheim/)
  })

  it('shares live changes through Redis only beside PostgreSQL', () => {
    expect(configFromEnv({}).redisUrl).toBeUndefined()
    const both = { DATABASE_URL: 'postgresql://db/rb', REDIS_URL: 'redis://cache:6379' }
    expect(configFromEnv(both).redisUrl).toBe('redis://cache:6379')
    expect(() => configFromEnv({ REDIS_URL: 'redis://cache:6379' })).toThrow(
      /REDIS_URL needs DATABASE_URL too/,
    )
    expect(() => configFromEnv({ ...both, REDIS_URL: 'http://cache' })).toThrow(
      /REDIS_URL must be a Redis URL/,
    )
  })

  it('keeps sessions 90 days by default, and takes a fraction of a day', () => {
    expect(configFromEnv({}).retentionDays).toBe(90)
    expect(configFromEnv({}).retentionSweepMs).toBe(600_000)
    expect(configFromEnv({ RETENTION_DAYS: '0.5' }).retentionDays).toBe(0.5)
  })

  it.each([
    ['PORT', '65536', 'PORT must be a whole number from 0 to 65535, not "65536"'],
    ['PORT', '-1', 'PORT must be a whole number from 0 to 65535, not "-1"'],
    ['PORT', '80.5', 'PORT must be a whole number from 0 to 65535, not "80.5"'],
    [
      'MAX_MESSAGE_BYTES',
      'veel',
      'MAX_MESSAGE_BYTES must be a whole number from 1024 to 268435456, not "veel"',
    ],
    [
      'MAX_UPLOAD_BYTES',
      '1023',
      'MAX_UPLOAD_BYTES must be a whole number from 1024 to 104857600, not "1023"',
    ],
    [
      'PING_INTERVAL_SECONDS',
      '0',
      'PING_INTERVAL_SECONDS must be a whole number from 1 to 3600, not "0"',
    ],
    [
      'COMPACT_EVERY_UPDATES',
      '1e9',
      'COMPACT_EVERY_UPDATES must be a whole number from 1 to 1000000, not "1e9"',
    ],
    ['RETENTION_DAYS', '0', 'RETENTION_DAYS must be a number above 0 and at most 36500, not "0"'],
    ['RETENTION_DAYS', '-7', 'RETENTION_DAYS must be a number above 0 and at most 36500, not "-7"'],
    [
      'RETENTION_DAYS',
      '1e3',
      'RETENTION_DAYS must be a number above 0 and at most 36500, not "1e3"',
    ],
    [
      'RETENTION_DAYS',
      'negentig',
      'RETENTION_DAYS must be a number above 0 and at most 36500, not "negentig"',
    ],
    [
      'RETENTION_DAYS',
      '36501',
      'RETENTION_DAYS must be a number above 0 and at most 36500, not "36501"',
    ],
    [
      'RETENTION_SWEEP_SECONDS',
      '0',
      'RETENTION_SWEEP_SECONDS must be a whole number from 1 to 86400, not "0"',
    ],
    [
      'PRESENCE_TIMEOUT_SECONDS',
      '2',
      'PRESENCE_TIMEOUT_SECONDS must be a whole number from 3 to 3600, not "2"',
    ],
    ['LOG_LEVEL', 'verbose', 'LOG_LEVEL must be debug, info, warn, error or silent, not "verbose"'],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => configFromEnv({ [name]: value })).toThrow(ConfigError)
    expect(() => configFromEnv({ [name]: value })).toThrow(message)
  })

  it('names every variable that makes no sense at once', () => {
    expect(() => configFromEnv({ PORT: 'x', LOG_LEVEL: 'luid' })).toThrow(
      'PORT must be a whole number from 0 to 65535, not "x"; LOG_LEVEL must be debug, info, warn, error or silent, not "luid"',
    )
  })
})
