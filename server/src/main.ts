import { RedisUnavailableError } from './cluster/RedisUnavailableError.ts'
import { ConfigError, configFromEnv } from './config.ts'
import { createLogger } from './logger.ts'
import { DatabaseUnavailableError } from './persistence/DatabaseUnavailableError.ts'
import { DatabaseUnreadableError } from './persistence/DatabaseUnreadableError.ts'
import { ReflectiebordServer } from './Server.ts'

async function main(): Promise<void> {
  const config = configFromEnv(process.env)
  const logger = createLogger(config.logLevel)
  const server = await ReflectiebordServer.start(config, { logger })
  logger.info(`Reflectiebord listens on ${server.url}`, {
    dataDir: config.dataDir,
    store: server.store.location,
    ...(server.cluster ? { node: server.cluster.bus.nodeId } : {}),
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('stopping', { signal })
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('shutdown failed', { error: String(err) })
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  if (
    err instanceof DatabaseUnreadableError ||
    err instanceof DatabaseUnavailableError ||
    err instanceof RedisUnavailableError ||
    err instanceof ConfigError
  ) {
    process.stderr.write(`Reflectiebord cannot start: ${err.message}\n`)
  } else {
    process.stderr.write(
      `Reflectiebord cannot start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    )
  }
  process.exit(1)
})
