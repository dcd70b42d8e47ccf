import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type RedisServer, redisCommand, startRedis } from '../support/redisServer.ts'

// The harness other Redis tests stand on: if a restart did not replay the AOF, a test of
// crash recovery would pass or fail for the harness's reasons, not the server's.
describe('the Redis test server', () => {
  let redis: RedisServer | undefined

  afterEach(async () => {
    await redis?.stop()
    redis = undefined
  })

  it('keeps an acknowledged write through SIGKILL and a restart, and stop() removes its folder', async () => {
    redis = await startRedis()
    const { port, folder } = redis
    expect(redis.url).toBe(`redis://127.0.0.1:${port}`)
    expect(await redisCommand(port, ['INFO', 'persistence'])).toMatch(/^aof_enabled:1\r$/m)

    expect(await redisCommand(port, ['SET', 'harness:key', 'bewaard'])).toBe('OK')
    await redis.kill()
    await expect(redisCommand(port, ['PING'])).rejects.toThrow()

    await redis.restart()
    expect(await redisCommand(port, ['GET', 'harness:key'])).toBe('bewaard')
    expect(existsSync(join(folder, 'appendonlydir'))).toBe(true)

    await redis.stop()
    redis = undefined
    expect(existsSync(folder)).toBe(false)
    await expect(redisCommand(port, ['PING'])).rejects.toThrow()
  })
})
