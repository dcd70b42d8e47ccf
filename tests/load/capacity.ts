/**
 * Capacity: how many rooms of 20 people one server process serves with fan-out p99 under
 * 50 ms and nothing dropped. Each room has 2 writers moving a note at 10 Hz and 5 people
 * moving their cursor at 10 Hz; all 20 receive. Ours (durable), the reference
 * `@y/websocket-server` and Hocuspocus (both memory only), and the raw `ws` relay as the
 * transport's limit, in one run, at growing room counts. The load comes from worker threads of light clients (see
 * `capacity/`); every figure is printed next to the generator's own event-loop delay, and a
 * step whose generator lagged is marked invalid rather than counted. Prints figures, never
 * passes or fails. Target: 127.0.0.1 only; every step is bounded in count and time.
 *
 *   node tests/load/capacity.ts [--servers=ours,reference,hocuspocus,raw]
 *                               [--rooms=10,20,40,60,80,100]
 *                               [--workers=1] [--seconds=10]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { roomName, SessionDocument } from '@reflectiebord/shared'
import { createSession } from '../support/sessions.ts'
import type { WorkerGo, WorkerPlan, WorkerReport, WorkerResult } from './capacity/plan.ts'
import { type Host, startHost } from './hostProcess.ts'
import type { HostKind } from './hostProtocol.ts'
import { bytes, count, machineLine, ms, percent, percentile, ratio, table } from './stats.ts'

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=')
    return [name ?? '', value ?? ''] as const
  }),
)
const listArg = (name: string, fallback: string) =>
  (args.get(name) || process.env[`BENCH_${name.toUpperCase()}`] || fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
const servers = listArg('servers', 'ours,reference,hocuspocus,raw') as HostKind[]
const roomSteps = listArg('rooms', '10,20,40,60,80,100,140').map(Number)
const workerCount = Number(args.get('workers') ?? 1)
const measureSeconds = Number(args.get('seconds') ?? 10)
const P99_LIMIT_MS = 50
/** A generator whose own event loop stalls longer than this cannot time a 50 ms limit. */
const GENERATOR_LAG_LIMIT_MS = 20
const CLIENTS = 20
const WRITERS = 2
const CURSORS = 5
const RATE_HZ = 10

for (const n of roomSteps) {
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error('rooms: 1 to 1000 per step')
}
if (!Number.isInteger(workerCount) || workerCount < 1 || workerCount > 8) {
  throw new Error('workers: 1 to 8')
}

const dataRoot = mkdtempSync(join(tmpdir(), 'reflectiebord-capacity-'))
const hardStop = setTimeout(() => {
  console.error('capacity: hard time limit reached; stopping')
  rmSync(dataRoot, { recursive: true, force: true })
  process.exit(2)
}, 30 * 60_000)
hardStop.unref()

interface Step {
  server: HostKind
  rooms: number
  p50: number
  p99: number
  max: number
  dropped: number
  closed: number
  deliveriesPerSecond: number
  serverCpu: number
  serverRss: number
  generatorLagP99: number
  sendLateP99: number
  valid: boolean
  within: boolean
}

/** A room on the host: ours needs a session (and a ticket per connection, made by the worker). */
async function roomsOn(host: Host, n: number, step: number) {
  const rooms: WorkerPlan['rooms'] = []
  for (let i = 0; i < n; i++) {
    if (host.kind === 'ours') {
      const session = await createSession(`http://127.0.0.1:${host.port}`, `Capaciteit ${i}`)
      rooms.push({
        path: `/yjs/${roomName(session.id, SessionDocument.Board)}`,
        sessionId: session.id,
      })
    } else {
      rooms.push({ path: `/capacity-${step}-${i}/board`, sessionId: null })
    }
  }
  return rooms
}

function runWorker(plan: WorkerPlan): {
  ready: Promise<void>
  go(startAt: number): void
  done: Promise<WorkerResult>
} {
  const worker = new Worker(new URL('./capacity/loadWorker.ts', import.meta.url), {
    workerData: plan,
  })
  let readyResolve: () => void = () => undefined
  let fail: (error: Error) => void = () => undefined
  const ready = new Promise<void>((resolve, reject) => {
    readyResolve = resolve
    fail = reject
  })
  const done = new Promise<WorkerResult>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('a load worker did not finish in time')),
      plan.warmupMs + plan.measureMs + plan.drainMs + 120_000,
    )
    worker.on('message', (report: WorkerReport) => {
      if (report.type === 'ready') readyResolve()
      if (report.type === 'failed') {
        clearTimeout(timer)
        const error = new Error(`load worker: ${report.reason}`)
        fail(error)
        reject(error)
      }
      if (report.type === 'done') {
        clearTimeout(timer)
        resolve(report.result)
      }
    })
    worker.on('error', (error) => {
      clearTimeout(timer)
      fail(error)
      reject(error)
    })
  })
  // A failed start rejects both; the caller awaits `ready` first.
  done.catch(() => undefined)
  return {
    ready,
    go: (startAt) => worker.postMessage({ type: 'go', startAt } satisfies WorkerGo),
    done: done.finally(() => void worker.terminate()),
  }
}

async function measureStep(host: Host, rooms: number, stepIndex: number): Promise<Step> {
  const all = await roomsOn(host, rooms, stepIndex)
  const perWorker = Math.ceil(rooms / workerCount)
  const warmupMs = 2_000
  const measureMs = measureSeconds * 1_000
  const drainMs = 3_000
  const workers = []
  for (let w = 0; w * perWorker < rooms; w++) {
    workers.push(
      runWorker({
        kind: host.kind,
        port: host.port,
        rooms: all.slice(w * perWorker, (w + 1) * perWorker),
        clientsPerRoom: CLIENTS,
        writersPerRoom: WRITERS,
        cursorsPerRoom: CURSORS,
        rateHz: RATE_HZ,
        warmupMs,
        measureMs,
        drainMs,
        firstRoom: w * perWorker,
      }),
    )
  }
  await Promise.all(workers.map((worker) => worker.ready))
  const before = await host.stats()
  const startedAt = performance.now()
  const startAt = performance.timeOrigin + performance.now() + 200
  for (const worker of workers) worker.go(startAt)
  const results = await Promise.all(workers.map((worker) => worker.done))
  const after = await host.stats()
  const elapsed = performance.now() - startedAt
  const latencies = results.flatMap((r) => [...r.latencies]).sort((a, b) => a - b)
  const expected = results.reduce((sum, r) => sum + r.expected, 0)
  const received = results.reduce((sum, r) => sum + r.received, 0)
  const closed = results.reduce((sum, r) => sum + r.closed, 0)
  const cpuMicros = after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system
  const generatorLagP99 = Math.max(...results.map((r) => r.loopDelayP99))
  const sendLateP99 = Math.max(...results.map((r) => r.sendLateP99))
  const p99 = percentile(latencies, 0.99)
  const dropped = Math.max(0, expected - received)
  const valid = generatorLagP99 <= GENERATOR_LAG_LIMIT_MS && sendLateP99 <= GENERATOR_LAG_LIMIT_MS
  return {
    server: host.kind,
    rooms,
    p50: percentile(latencies, 0.5),
    p99,
    max: latencies.at(-1) ?? Number.NaN,
    dropped,
    closed,
    deliveriesPerSecond: latencies.length / (measureMs / 1000),
    serverCpu: cpuMicros / 1000 / elapsed,
    serverRss: after.memory.rss,
    generatorLagP99,
    sendLateP99,
    valid,
    within: p99 < P99_LIMIT_MS && dropped === 0 && closed === 0,
  }
}

const log = (text: string) => console.log(text)
log('# Reflectiebord capacity')
log('')
log(machineLine())
log(
  `rooms of ${CLIENTS}: ${WRITERS} writers and ${CURSORS} cursors at ${RATE_HZ} Hz each; ` +
    `${measureSeconds} s measured per step; ${workerCount} load worker(s); ` +
    `a step counts when p99 < ${P99_LIMIT_MS} ms with nothing dropped or closed, and is ` +
    `invalid when the generator's event-loop delay or send lateness p99 exceeds ${GENERATOR_LAG_LIMIT_MS} ms`,
)

const steps: Step[] = []
try {
  for (const kind of servers) {
    const host = await startHost(kind, { dataDir: join(dataRoot, kind) })
    try {
      for (const [index, rooms] of roomSteps.entries()) {
        process.stderr.write(`capacity: ${kind}, ${rooms} rooms…\n`)
        const step = await measureStep(host, rooms, index)
        steps.push(step)
        // Past the limit, larger steps only measure a server that is already behind.
        if (!step.within || !step.valid) break
      }
    } finally {
      await host.close()
    }
  }
} finally {
  rmSync(dataRoot, { recursive: true, force: true })
}

const stepOf = (server: HostKind, rooms: number) =>
  steps.find((s) => s.server === server && s.rooms === rooms)
log('')
log(
  table(
    [
      'server',
      'rooms',
      'people',
      'p50',
      'p99',
      'max',
      'p99 / raw',
      'p99 / ours',
      'dropped',
      'closed',
      'deliveries/s',
      'server CPU',
      'server RSS',
      'generator lag p99',
      'send late p99',
      'verdict',
    ],
    steps.map((s) => [
      s.server,
      String(s.rooms),
      count(s.rooms * CLIENTS),
      `${ms(s.p50)} ms`,
      `${ms(s.p99)} ms`,
      `${ms(s.max)} ms`,
      ratio(s.p99, stepOf('raw', s.rooms)?.p99 ?? Number.NaN),
      ratio(s.p99, stepOf('ours', s.rooms)?.p99 ?? Number.NaN),
      count(s.dropped),
      count(s.closed),
      count(s.deliveriesPerSecond),
      percent(s.serverCpu),
      bytes(s.serverRss),
      `${ms(s.generatorLagP99)} ms`,
      `${ms(s.sendLateP99)} ms`,
      !s.valid ? 'invalid: generator lags' : s.within ? 'within' : 'over',
    ]),
  ),
)
log('')
for (const kind of servers) {
  const mine = steps.filter((s) => s.server === kind)
  const best = mine.filter((s) => s.valid && s.within).at(-1)
  const stopper = mine.find((s) => !s.valid || !s.within)
  const bound =
    stopper === undefined
      ? `at least ${best?.rooms ?? 0} rooms (the largest step tried)`
      : !stopper.valid
        ? `at least ${best?.rooms ?? 0} rooms (the generator could not load ${stopper.rooms})`
        : `${best?.rooms ?? 0} rooms (${stopper.rooms} went over)`
  log(`capacity of ${kind}: ${bound}`)
}
