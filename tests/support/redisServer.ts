import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './freePort.ts'

/** Debian's Redis 7 (the `redis-server` package); .ci/run installs it when missing. */
export const REDIS_SERVER_BIN = '/usr/bin/redis-server'
const READY_TIMEOUT_MS = 15_000
const EXIT_TIMEOUT_MS = 10_000
const COMMAND_TIMEOUT_MS = 2_000
const POLL_INTERVAL_MS = 50

export interface RedisServer {
  port: number
  /** `redis://127.0.0.1:<port>`, as a `REDIS_URL`. */
  url: string
  /** The temporary folder holding the AOF; gone after `stop()`. */
  folder: string
  /**
   * SIGKILL, as in a crash, and wait for the process to be gone. With `appendfsync always`
   * every write Redis acknowledged is in the AOF by then.
   */
  kill(): Promise<void>
  /**
   * Start again on the same port and folder, so the AOF is replayed; resolves once it answers
   * PING. A server still running is shut down first (SIGTERM).
   */
  restart(): Promise<void>
  /** Shut down, then the folder goes. */
  stop(): Promise<void>
}

/**
 * A Redis server of the tests' own: a free port on 127.0.0.1, its AOF in a temporary folder.
 * AOF with `appendfsync always` and no RDB saves: every write it acknowledged survives a
 * SIGKILL, and a restart has only the AOF to rebuild from, so a test of recovery tests that.
 * No configuration file is read, so the machine's /etc/redis cannot change what is tested.
 */
export async function startRedis(): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER_BIN)) {
    throw new Error(
      `redis-server is missing (${REDIS_SERVER_BIN}): the Redis tests need Debian's Redis 7, ` +
        '`apt-get install -y redis-server` (.ci/run installs it).',
    )
  }
  const folder = mkdtempSync(join(tmpdir(), 'reflectiebord-redis-'))
  const port = await freePort()
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    // Protected mode only refuses clients from other hosts, and it listens on loopback alone.
    '--protected-mode',
    'no',
    '--dir',
    folder,
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--save',
    '',
  ]

  let child: ChildProcess | undefined
  let log = ''
  // A worker that ends without its hooks running must not leave a server or a folder behind.
  const backstop = () => {
    child?.kill('SIGKILL')
    rmSync(folder, { recursive: true, force: true })
  }
  process.once('exit', backstop)

  const launch = async (): Promise<void> => {
    const proc = spawn(REDIS_SERVER_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child = proc
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-4000)
    }
    proc.stdout?.on('data', keep)
    proc.stderr?.on('data', keep)
    let spawnFailed = false
    proc.once('error', (error) => {
      spawnFailed = true
      keep(Buffer.from(`${error.message}\n`))
    })
    const deadline = Date.now() + READY_TIMEOUT_MS
    for (;;) {
      // The pid check: after a restart, another test's server may have taken the port, and
      // its PONG must not pass for ours while ours is failing to bind.
      if ((await answersPing(port)) && (await serverPid(port)) === proc.pid) return
      if (spawnFailed || hasExited(proc) || Date.now() > deadline) {
        if (!spawnFailed) await endProcess(proc, 'SIGKILL')
        child = undefined
        const why =
          spawnFailed || hasExited(proc) ? 'exited' : `not ready in ${READY_TIMEOUT_MS} ms`
        throw new Error(`redis-server did not answer PING on port ${port} (${why}):\n${log}`)
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
    }
  }

  try {
    await launch()
  } catch (error) {
    process.off('exit', backstop)
    rmSync(folder, { recursive: true, force: true })
    throw error
  }

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    folder,
    async kill() {
      if (child) await endProcess(child, 'SIGKILL')
      child = undefined
    },
    async restart() {
      if (child) await endProcess(child, 'SIGTERM')
      child = undefined
      await launch()
    },
    async stop() {
      try {
        if (child) await endProcess(child, 'SIGTERM')
      } finally {
        child = undefined
        process.off('exit', backstop)
        rmSync(folder, { recursive: true, force: true })
      }
    },
  }
}

export type RedisReply = string | number | null

/**
 * Sends one command over a fresh connection and reads its one reply, in RESP: enough for the
 * tests to write and read a key without a client library. Simple strings, integers and bulk
 * strings (null for a missing key) come back as values; an error reply rejects. Arrays are
 * not read.
 */
export async function redisCommand(
  port: number,
  args: string[],
  timeoutMs = COMMAND_TIMEOUT_MS,
): Promise<RedisReply> {
  const request = Buffer.concat([
    Buffer.from(`*${args.length}\r\n`),
    ...args.map((arg) => Buffer.from(`$${Buffer.byteLength(arg)}\r\n${arg}\r\n`)),
  ])
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    let received = Buffer.alloc(0)
    const finish = (outcome: () => void) => {
      clearTimeout(timer)
      socket.destroy()
      outcome()
    }
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`no reply to ${args[0]} from port ${port} in ${timeoutMs} ms`)),
        ),
      timeoutMs,
    )
    socket.once('connect', () => socket.write(request))
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      try {
        const reply = parseReply(received)
        if (reply !== incomplete) finish(() => resolve(reply))
      } catch (error) {
        finish(() => reject(error))
      }
    })
    socket.once('error', (error) => finish(() => reject(error)))
    socket.once('close', () =>
      finish(() => reject(new Error(`port ${port} closed the connection before replying`))),
    )
  })
}

const incomplete = Symbol('incomplete')

function parseReply(data: Buffer): RedisReply | typeof incomplete {
  const lineEnd = data.indexOf('\r\n')
  if (lineEnd < 0) return incomplete
  const kind = String.fromCharCode(data[0] ?? 0)
  const line = data.subarray(1, lineEnd).toString('utf8')
  switch (kind) {
    case '+':
      return line
    case ':':
      return Number(line)
    case '-':
      throw new Error(`Redis answered an error: ${line}`)
    case '$': {
      const length = Number(line)
      if (length < 0) return null
      const start = lineEnd + 2
      if (data.length < start + length + 2) return incomplete
      return data.subarray(start, start + length).toString('utf8')
    }
    default:
      throw new Error(`unexpected RESP reply: ${JSON.stringify(data.toString('utf8'))}`)
  }
}

async function answersPing(port: number): Promise<boolean> {
  // Refused connections and `-LOADING` (the AOF is being replayed) both mean "not yet".
  return redisCommand(port, ['PING']).then(
    (reply) => reply === 'PONG',
    () => false,
  )
}

async function serverPid(port: number): Promise<number | undefined> {
  const info = await redisCommand(port, ['INFO', 'server']).catch(() => null)
  const match = typeof info === 'string' ? /^process_id:(\d+)/m.exec(info) : null
  return match ? Number(match[1]) : undefined
}

function hasExited(proc: ChildProcess): boolean {
  return proc.exitCode !== null || proc.signalCode !== null
}

/** Sends `signal` and waits until the process is gone; SIGKILL if SIGTERM is not enough. */
async function endProcess(proc: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (hasExited(proc)) return
  const exited = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), EXIT_TIMEOUT_MS)
    proc.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
  proc.kill(signal)
  if (await exited) return
  if (signal === 'SIGTERM') return endProcess(proc, 'SIGKILL')
  throw new Error(`redis-server (pid ${proc.pid}) did not exit within ${EXIT_TIMEOUT_MS} ms`)
}
