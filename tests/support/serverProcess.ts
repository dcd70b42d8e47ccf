import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { builtServerFile, repoRoot } from './serverBuild.ts'

export { repoRoot }

export const clientDist = join(repoRoot, 'client/dist')

export interface ServerProcess {
  url: string
  wsUrl: string
  port: number
  dataDir: string
  child: ChildProcess
  /** Everything the process wrote to stderr so far. */
  output(): string
  /** Ends the process with SIGKILL: no shutdown hook runs, as in a crash. */
  kill(): Promise<void>
  /** Ends the process with SIGTERM and waits for its clean shutdown. */
  stop(): Promise<void>
}

export interface StartOptions {
  /**
   * A folder to use, e.g. a killed server's to restart on its data. Without it a fresh one is
   * made; either way `discardTestServers` removes folders made by `makeDataDir`.
   */
  dataDir?: string
  port?: number
  env?: Record<string, string>
  /** Milliseconds to wait for the "listens on" line. */
  timeoutMs?: number
}

/**
 * What this worker process has started and made and not yet cleaned up. One registry per
 * process (not per module instance), so the exit backstop below is registered only once.
 */
interface Leftovers {
  /** Server processes that may still be running. */
  children: Set<ChildProcess>
  /** Data folders made by `makeDataDir` (also on behalf of `startServerProcess`). */
  dataDirs: Set<string>
}

const REGISTRY = Symbol.for('reflectiebord.tests.serverProcesses')

function leftovers(): Leftovers {
  const holder = globalThis as { [REGISTRY]?: Leftovers }
  if (!holder[REGISTRY]) {
    const registry: Leftovers = { children: new Set(), dataDirs: new Set() }
    holder[REGISTRY] = registry
    // Last resort when a worker ends without its hooks running (e.g. a test timed out):
    // only synchronous work is possible here.
    process.once('exit', () => {
      for (const child of registry.children) child.kill('SIGKILL')
      for (const dir of registry.dataDirs) rmSync(dir, { recursive: true, force: true })
    })
  }
  return holder[REGISTRY]
}

function track(child: ChildProcess): void {
  const { children } = leftovers()
  children.add(child)
  child.once('exit', () => children.delete(child))
}

/**
 * Makes a fresh data folder under the system temp dir. It is registered:
 * `discardTestServers` (or `removeDataDir`) removes it.
 */
export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-test-'))
  leftovers().dataDirs.add(dir)
  return dir
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  leftovers().dataDirs.delete(dir)
}

/**
 * Kills (SIGKILL) every server process started here that still runs, waits until each has
 * exited, then removes every data folder made here, including the ones restarted servers
 * were given back with `{ dataDir: server.dataDir }`. Call it from `afterEach`/`afterAll`:
 * it is safe when a test failed halfway, when a start failed, or when nothing was started.
 */
export async function discardTestServers(): Promise<void> {
  const { children, dataDirs } = leftovers()
  await Promise.all(
    [...children].map(async (child) => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit')
        child.kill('SIGKILL')
        await exited
      }
      children.delete(child)
    }),
  )
  for (const dir of [...dataDirs]) removeDataDir(dir)
}

/**
 * Starts the real server (`node server/dist/main.js`, built) as its own process on 127.0.0.1, so
 * tests can kill it the hard way. Port 0 unless told: the port is read from its log line.
 */
export async function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const serverEntry = builtServerFile('main.js')
  const ownDataDir = options.dataDir === undefined
  const dataDir = options.dataDir ?? makeDataDir()
  // Without Node's type stripper: the bundle must load no TypeScript (its workers neither,
  // which inherit the flag), or it would carry the stripper's memory.
  const child = spawn(process.execPath, ['--no-experimental-strip-types', serverEntry], {
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: clientDist,
      LOG_LEVEL: 'info',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  track(child)
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = new Promise<number | null>((resolveExit) =>
    child.once('exit', (code) => resolveExit(code)),
  )

  const listening = new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time; it said:\n${stderr}`)),
      options.timeoutMs ?? 15_000,
    )
    const onData = () => {
      const match = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)
      if (match) {
        clearTimeout(timer)
        child.stderr?.off('data', onData)
        resolvePort(Number(match[1]))
      }
    }
    child.stderr?.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before listening; it said:\n${stderr}`))
    })
  })
  let port: number
  try {
    port = await listening
  } catch (err) {
    // A start that failed leaves nothing behind: no process, and no folder it made itself.
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL')
      await exited
    }
    if (ownDataDir) removeDataDir(dataDir)
    throw err
  }

  const url = `http://127.0.0.1:${port}`
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    port,
    dataDir,
    child,
    output: () => stderr,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      await exited
    },
  }
}

/** Runs the server entry and resolves with its exit code and output (for start-up failures). */
export function runServerExpectingExit(
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<{ code: number | null; output: string }> {
  return runToExit(
    builtServerFile('main.js'),
    { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    timeoutMs,
  )
}

/**
 * Runs a Node entry of ours (the server, a command-line tool) with exactly `env` and resolves
 * with its exit code and everything it wrote; one that does not end in time is killed.
 */
export function runToExit(
  entry: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    track(child)
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
    })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${entry} did not exit; it said:\n${output}`))
    }, timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolveRun({ code, output })
    })
  })
}
