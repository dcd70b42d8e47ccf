/**
 * Child-process entry that runs one of the servers under test, so that the server under test has
 * its own event loop and heap, apart from the benchmark's clients:
 *
 *   node --expose-gc tests/load/serverHost.ts <ours|reference|hocuspocus|raw>
 *
 * Options come as JSON in the BENCH_HOST_OPTIONS environment variable. It answers the parent
 * over IPC (see hostProcess.ts): `ready` once listening, `stats` on request, and exits on
 * `close` or when the parent goes away.
 */
import { pathToFileURL } from 'node:url'
import { builtServerFile } from '../support/serverBuild.ts'
import type { HostKind, HostOptions, HostReply, HostRequest, HostStats } from './hostProtocol.ts'

interface Running {
  port: number
  close(): Promise<void>
  rooms(): number
}

const kind = process.argv[2] as HostKind
const options = JSON.parse(process.env.BENCH_HOST_OPTIONS ?? '{}') as HostOptions

function reply(message: HostReply): void {
  process.send?.(message)
}

// Each kind imports only its own server, so that idle memory compares like with like.
async function start(): Promise<Running> {
  switch (kind) {
    case 'ours': {
      // The bundle `pnpm start` runs (server/scripts/build.ts), not the sources: these run
      // through Node's type stripper, whose memory the shipped server does not carry.
      // Typed as the sources it is built from (the bundle has no declarations).
      const built = pathToFileURL(builtServerFile('index.js')).href
      const { ReflectiebordServer } = (await import(
        built
      )) as typeof import('@reflectiebord/server')
      const server = await ReflectiebordServer.start({
        port: 0,
        host: '127.0.0.1',
        dataDir: options.dataDir ?? '',
        logLevel: 'silent',
        compactEvery: options.compactEvery ?? 500,
        roomIdleMs: options.roomIdleMs ?? 30_000,
        databaseUrl: options.databaseUrl,
        redisUrl: options.redisUrl,
      })
      return { port: server.port, close: () => server.close(), rooms: () => server.rooms.size }
    }
    case 'reference': {
      const { startReferenceServer } = await import('./referenceServer.ts')
      const server = await startReferenceServer()
      return { ...server, close: () => server.close(), rooms: () => -1 }
    }
    case 'hocuspocus': {
      const { startHocuspocusServer } = await import('./hocuspocusServer.ts')
      const server = await startHocuspocusServer()
      return { port: server.port, close: () => server.close(), rooms: () => server.rooms() }
    }
    case 'raw': {
      const { startRawBroadcastServer } = await import('./rawBroadcastServer.ts')
      const server = await startRawBroadcastServer()
      return { ...server, close: () => server.close(), rooms: () => -1 }
    }
    default:
      throw new Error(`unknown server kind "${String(kind)}"`)
  }
}

function stats(collectGarbage: boolean): HostStats {
  if (collectGarbage && typeof globalThis.gc === 'function') {
    // Twice: the first pass can leave weakly held objects for the second.
    globalThis.gc()
    globalThis.gc()
  }
  return {
    memory: process.memoryUsage(),
    cpu: process.cpuUsage(),
    gcAvailable: typeof globalThis.gc === 'function',
  }
}

const running = await start()
let closing = false

async function shutdown(code: number): Promise<void> {
  if (closing) return
  closing = true
  const forced = setTimeout(() => process.exit(code), 5_000)
  forced.unref()
  try {
    await running.close()
  } finally {
    process.exit(code)
  }
}

process.on('message', (raw: unknown) => {
  const request = raw as HostRequest
  if (request.type === 'stats') {
    reply({ type: 'stats', id: request.id, stats: stats(request.gc), rooms: running.rooms() })
  } else if (request.type === 'close') {
    void shutdown(0)
  }
})
// An orphaned host must not outlive the benchmark.
process.on('disconnect', () => void shutdown(0))
reply({ type: 'ready', port: running.port })
