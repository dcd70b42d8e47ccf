import { type ChildProcess, fork } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { HostKind, HostOptions, HostReply, HostStats } from './hostProtocol.ts'

const hostEntry = join(dirname(fileURLToPath(import.meta.url)), 'serverHost.ts')

/** A server under test, running in its own process (see serverHost.ts). */
export interface Host {
  kind: HostKind
  port: number
  /** Memory and CPU of the server process; with `gc`, after a forced full collection. */
  stats(gc?: boolean): Promise<HostStats & { rooms: number }>
  close(): Promise<void>
}

export async function startHost(
  kind: HostKind,
  options: HostOptions = {},
  timeoutMs = 20_000,
): Promise<Host> {
  const child: ChildProcess = fork(hostEntry, [kind], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, BENCH_HOST_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} server did not start in time`)),
      timeoutMs,
    )
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${kind} server exited with ${code} before it was ready`))
    })
    child.on('message', (message: HostReply) => {
      if (message.type === 'ready') {
        clearTimeout(timer)
        resolve(message.port)
      }
    })
  })

  let nextId = 1
  return {
    kind,
    port,
    stats(gc = false) {
      const id = nextId++
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.off('message', onMessage)
          reject(new Error(`${kind} server did not answer a stats request`))
        }, timeoutMs)
        const onMessage = (message: HostReply) => {
          if (message.type !== 'stats' || message.id !== id) return
          clearTimeout(timer)
          child.off('message', onMessage)
          resolve({ ...message.stats, rooms: message.rooms })
        }
        child.on('message', onMessage)
        // With a callback, a host that is gone fails this request instead of the benchmark.
        child.send({ type: 'stats', id, gc }, (error) => {
          if (!error) return
          clearTimeout(timer)
          child.off('message', onMessage)
          reject(new Error(`${kind} server is gone: ${error.message}`))
        })
      })
    },
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.send({ type: 'close' }, (error) => {
        if (error) child.kill('SIGKILL')
      })
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
