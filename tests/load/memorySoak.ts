/**
 * Memory over time: does our server give memory back when rooms unload? For `--minutes`
 * (default 10) rooms come and go: each cycle opens a few sessions, five stock y-websocket
 * clients per board write notes until everyone has everyone's, then leave; the server unloads
 * the rooms once idle (`roomIdleMs` 1 s here). After every cycle the server's memory is read
 * after a forced GC. Then the server rests, nobody connected, for `--rest` seconds (default
 * 60), read every 15 s without forcing a GC: what an idle server gives back on its own (V8's
 * memory reducer). Also: idle RSS of ours and of the reference `@y/websocket-server`, and
 * memory per connection for both. Prints figures, never passes or fails; 127.0.0.1 only.
 *
 *   node tests/load/memorySoak.ts [--minutes=10] [--rest=60] [--rooms=8] [--connections=180]
 *                                 [--server=ours|reference]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BenchClient, connectClient, newRoom } from './clients.ts'
import { type Host, startHost } from './hostProcess.ts'
import { bytes, count, machineLine, table, until } from './stats.ts'

process.setMaxListeners(1_000)

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=')
    return [name ?? '', value ?? ''] as const
  }),
)
const number = (name: string, fallback: number, min: number, max: number) => {
  const value = Number(args.get(name) ?? process.env[`BENCH_${name.toUpperCase()}`] ?? fallback)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${name}: a number from ${min} to ${max}`)
  }
  return value
}
const MINUTES = number('minutes', 10, 0.1, 120)
const REST_SECONDS = number('rest', 60, 0, 1800)
const REST_SAMPLE_MS = 15_000
const ROOMS_PER_CYCLE = number('rooms', 8, 1, 200)
const CONNECTIONS = number('connections', 180, 9, 1800)
const SOAKED = (args.get('server') ?? 'ours') as 'ours' | 'reference'
if (SOAKED !== 'ours' && SOAKED !== 'reference') throw new Error('server: ours or reference')
const CLIENTS_PER_ROOM = 5
const NOTES_PER_CLIENT = 20
const ROOM_IDLE_MS = 1_000

const dataRoot = mkdtempSync(join(tmpdir(), 'reflectiebord-soak-'))
const hardStop = setTimeout(
  () => {
    console.error('memory soak: hard time limit reached; stopping')
    rmSync(dataRoot, { recursive: true, force: true })
    process.exit(2)
  },
  (MINUTES + REST_SECONDS / 60 + 10) * 60_000,
)
hardStop.unref()

const log = (text: string) => console.log(text)

/** One cycle: rooms opened, written to by everyone, left, and unloaded by the server. */
async function cycle(host: Host): Promise<void> {
  const clients: BenchClient[] = []
  try {
    for (let r = 0; r < ROOMS_PER_CYCLE; r++) {
      const room = await newRoom(host)
      for (let c = 0; c < CLIENTS_PER_ROOM; c++) clients.push(connectClient(room))
    }
    await until(() => clients.every((c) => c.provider.synced), 'clients to sync', 30_000)
    clients.forEach((client, i) => {
      const notes = client.doc.getMap<unknown>('notes')
      client.doc.transact(() => {
        for (let n = 0; n < NOTES_PER_CLIENT; n++) {
          notes.set(`note-${i}-${n}`, { x: n * 10, y: i * 10, text: `Notitie ${i}.${n}` })
        }
      })
    })
    await until(
      () =>
        clients.every((c) => c.doc.getMap('notes').size === CLIENTS_PER_ROOM * NOTES_PER_CLIENT),
      'every note to reach every client',
      30_000,
    )
  } finally {
    for (const client of clients) client.destroy()
  }
  const deadline = performance.now() + 30_000
  while ((await host.stats()).rooms > 0) {
    if (performance.now() > deadline) throw new Error('rooms did not unload in 30 s')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Memory of one more connection: rooms with one client each, then nine more in each (ours
 * lets at most 20 people into a session), compared after a forced GC.
 */
async function perConnection(host: Host) {
  const rooms = Math.ceil(CONNECTIONS / 9)
  const firsts: BenchClient[] = []
  const more: BenchClient[] = []
  try {
    const addresses = []
    for (let r = 0; r < rooms; r++) addresses.push(await newRoom(host))
    for (const room of addresses) firsts.push(connectClient(room))
    await until(() => firsts.every((c) => c.provider.synced), 'the first clients to sync', 30_000)
    const before = await host.stats(true)
    for (const room of addresses) for (let i = 0; i < 9; i++) more.push(connectClient(room))
    await until(() => more.every((c) => c.provider.synced), 'every client to sync', 60_000)
    const after = await host.stats(true)
    return {
      heap: (after.memory.heapUsed - before.memory.heapUsed) / more.length,
      rss: (after.memory.rss - before.memory.rss) / more.length,
    }
  } finally {
    for (const client of [...firsts, ...more]) client.destroy()
  }
}

log('# Reflectiebord memory over time')
log('')
log(machineLine())
log(
  `${SOAKED} server, ${MINUTES} min of cycles: ${ROOMS_PER_CYCLE} rooms × ${CLIENTS_PER_ROOM} stock clients, ` +
    `${NOTES_PER_CLIENT} notes each, then everyone leaves and the rooms unload (idle ${ROOM_IDLE_MS} ms)`,
)

try {
  // Idle: a server just started, nothing loaded, after a forced GC.
  const idle: Record<string, number> = {}
  const connection: Record<string, { heap: number; rss: number }> = {}
  for (const kind of ['reference', 'ours'] as const) {
    const host = await startHost(kind, { dataDir: join(dataRoot, `idle-${kind}`) })
    try {
      idle[kind] = (await host.stats(true)).memory.rss
      connection[kind] = await perConnection(host)
    } finally {
      await host.close()
    }
  }

  const host = await startHost(SOAKED, {
    dataDir: join(dataRoot, 'soak'),
    roomIdleMs: ROOM_IDLE_MS,
  })
  const samples: {
    minute: number
    cycles: number
    heap: number
    heapTotal: number
    rss: number
    ext: number
  }[] = []
  /** The idle server after the last cycle, by seconds of rest, without a forced GC. */
  const rest: { seconds: number; heap: number; heapTotal: number; rss: number }[] = []
  try {
    const started = performance.now()
    let cycles = 0
    // The first cycle brings code paths and caches; the baseline is taken after it.
    await cycle(host)
    cycles++
    const baseline = await host.stats(true)
    samples.push({
      minute: 0,
      cycles,
      heap: baseline.memory.heapUsed,
      heapTotal: baseline.memory.heapTotal,
      rss: baseline.memory.rss,
      ext: baseline.memory.external,
    })
    let nextSample = 1
    while (performance.now() - started < MINUTES * 60_000) {
      await cycle(host)
      cycles++
      const minute = (performance.now() - started) / 60_000
      if (minute >= nextSample || performance.now() - started >= MINUTES * 60_000) {
        const stats = await host.stats(true)
        samples.push({
          minute,
          cycles,
          heap: stats.memory.heapUsed,
          heapTotal: stats.memory.heapTotal,
          rss: stats.memory.rss,
          ext: stats.memory.external,
        })
        nextSample = Math.floor(minute) + 1
      }
    }
    // Rest: the rooms are unloaded (`cycle` waits for it); the time is what is measured.
    const restStarted = performance.now()
    for (;;) {
      const seconds = (performance.now() - restStarted) / 1000
      const stats = await host.stats(false)
      rest.push({
        seconds,
        heap: stats.memory.heapUsed,
        heapTotal: stats.memory.heapTotal,
        rss: stats.memory.rss,
      })
      if (seconds >= REST_SECONDS) break
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(REST_SAMPLE_MS, (REST_SECONDS - seconds) * 1000)),
      )
    }
  } finally {
    await host.close()
  }

  const first = samples[0]
  const last = samples.at(-1)
  log('')
  log(
    table(
      ['minute', 'cycles', 'rooms opened', 'heap used', 'heap total', 'RSS', 'external'],
      samples.map((s) => [
        s.minute.toFixed(1),
        count(s.cycles),
        count(s.cycles * ROOMS_PER_CYCLE),
        bytes(s.heap),
        bytes(s.heapTotal),
        bytes(s.rss),
        bytes(s.ext),
      ]),
    ),
  )
  if (first && last) {
    log('')
    log(
      `after ${count(last.cycles * ROOMS_PER_CYCLE)} rooms came and went: heap ` +
        `${bytes(last.heap - first.heap)} against the baseline after the first cycle ` +
        `(${bytes(first.heap)} → ${bytes(last.heap)}), RSS ${bytes(last.rss - first.rss)}`,
    )
  }
  if (rest.length > 1) {
    log('')
    log(`then at rest, nobody connected (no forced GC):`)
    log(
      table(
        ['seconds at rest', 'heap used', 'heap total', 'RSS', 'RSS against the baseline'],
        rest.map((r) => [
          r.seconds.toFixed(0),
          bytes(r.heap),
          bytes(r.heapTotal),
          bytes(r.rss),
          first ? bytes(r.rss - first.rss) : '',
        ]),
      ),
    )
  }
  log('')
  log(
    table(
      ['server', 'idle RSS', 'per connection: heap', 'per connection: RSS'],
      (['reference', 'ours'] as const).map((kind) => [
        kind,
        bytes(idle[kind] ?? Number.NaN),
        bytes(connection[kind]?.heap ?? Number.NaN),
        bytes(connection[kind]?.rss ?? Number.NaN),
      ]),
    ),
  )
} finally {
  rmSync(dataRoot, { recursive: true, force: true })
}
