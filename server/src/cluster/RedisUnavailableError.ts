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
