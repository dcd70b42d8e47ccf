import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './freePort.ts'

/** Debian's PostgreSQL 15 (the `postgresql` package); .ci/run installs it when missing. */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin'
const OS_USER = 'postgres'
const READY_TIMEOUT_MS = 30_000

export interface PostgresServer {
  port: number
  /** A new, empty database on this server, as a `DATABASE_URL`. */
  createDatabase(name: string): string
  /** Runs one SQL statement in `database` with psql and returns its rows, unaligned. */
  query(database: string, sql: string): string
  /** Fast shutdown, then the folder goes. */
  stop(): Promise<void>
}

/**
 * A PostgreSQL server of the tests' own: `initdb` in a temporary folder, a free port on
 * 127.0.0.1, its unix socket in that folder. initdb and postgres refuse to run as root, so
 * as root they run as the `postgres` user of Debian's package.
 */
export async function startPostgres(): Promise<PostgresServer> {
  if (!existsSync(join(POSTGRES_BIN, 'initdb'))) {
    throw new Error(
      `PostgreSQL server binaries are missing (${POSTGRES_BIN}/initdb): the storage tests need ` +
        "Debian's PostgreSQL 15, `apt-get install -y postgresql` (.ci/run installs it).",
    )
  }
  const asRoot = process.getuid?.() === 0
  const folder = mkdtempSync(join(tmpdir(), 'reflectiebord-pg-'))
  const dataDir = join(folder, 'data')
  const socketDir = join(folder, 'socket')
  mkdirSync(socketDir)
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8' }).trim())
    for (const path of [folder, socketDir]) chownSync(path, uid, gid)
  }
  const command = (bin: string, args: string[]): [string, string[]] =>
    asRoot
      ? ['runuser', ['-u', OS_USER, '--', join(POSTGRES_BIN, bin), ...args]]
      : [join(POSTGRES_BIN, bin), args]
  const run = (bin: string, args: string[]): void => {
    const [file, argv] = command(bin, args)
    const result = spawnSync(file, argv, { encoding: 'utf8' })
    if (result.status !== 0) {
      throw new Error(`${bin} failed (${result.status}): ${result.stderr || result.stdout}`)
    }
  }
  const stopNow = (mode: 'fast' | 'immediate'): void => {
    const [file, argv] = command('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w'])
    spawnSync(file, argv, { encoding: 'utf8' })
  }

  run('initdb', ['-D', dataDir, '-A', 'trust', '-U', OS_USER, '-E', 'UTF8', '--no-sync'])
  const port = await freePort()
  const [file, argv] = command('postgres', [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    socketDir,
    '-c',
    'listen_addresses=127.0.0.1',
  ])
  const child: ChildProcess = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-4000)
  })
  // A worker that ends without its hooks running must not leave a server behind.
  const backstop = () => stopNow('immediate')
  process.once('exit', backstop)

  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    const ready = spawnSync(
      join(POSTGRES_BIN, 'pg_isready'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', OS_USER],
      { encoding: 'utf8' },
    )
    if (ready.status === 0) break
    if (child.exitCode !== null || Date.now() > deadline) {
      backstop()
      process.off('exit', backstop)
      rmSync(folder, { recursive: true, force: true })
      throw new Error(`PostgreSQL did not start on port ${port}:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  return {
    port,
    createDatabase(name) {
      run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', OS_USER, name])
      return `postgresql://${OS_USER}@127.0.0.1:${port}/${name}`
    },
    query(database, sql) {
      const [file, argv] = command('psql', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        OS_USER,
        '-d',
        database,
        '-At',
        '-c',
        sql,
      ])
      const result = spawnSync(file, argv, { encoding: 'utf8' })
      if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`)
      return result.stdout.trim()
    },
    async stop() {
      process.off('exit', backstop)
      stopNow('fast')
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
