/**
 * Reflectiebord benchmark: fan-out latency and throughput against our server, the reference
 * y-websocket server, Hocuspocus and a raw websocket relay; memory per room; database size
 * before and after compaction. Prints figures, no verdicts. See docs/benchmarks.md.
 *
 *   node tests/load/benchmark.ts [--parts=fanout,memory,db] [--clients=5,20] [--seconds=5] ...
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { measureDatabaseSize } from './databaseSize.ts'
import { type FanoutResult, measureFanout, type PhaseResult } from './fanout.ts'
import { startHost } from './hostProcess.ts'
import type { HostKind } from './hostProtocol.ts'
import { measureMemoryPerRoom } from './memoryPerRoom.ts'
import { readOptions } from './options.ts'
import { bytes, count, ms, percent, ratio, table } from './stats.ts'

// Every stock WebsocketProvider adds a process 'exit' listener; 20 clients are not a leak.
process.setMaxListeners(1_000)

const options = readOptions(process.argv.slice(2), process.env)
const dataRoot = mkdtempSync(join(options.dataRoot ?? tmpdir(), 'reflectiebord-bench-'))
const startedAt = performance.now()
// A hard stop, in case something hangs: every part is bounded, but the whole run must end too.
const hardStop = setTimeout(
  () => {
    console.error('benchmark: hard time limit reached; stopping')
    rmSync(dataRoot, { recursive: true, force: true })
    process.exit(2)
  },
  Math.max(
    10 * 60_000,
    options.seconds * 2_000 * options.clients.length * options.servers.length * 3,
  ),
)
hardStop.unref()

const log = (text: string) => console.log(text)

log('# Reflectiebord benchmark')
log('')
log(
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB, kernel ${release()}, data in ${dataRoot}`,
)
log(
  `fan-out: clients ${options.clients.join(', ')}; fixed rate ${options.rate}/s for ${options.seconds} s; ` +
    `saturation window ${options.window} for ${options.seconds} s`,
)

try {
  if (options.parts.has('fanout')) await fanoutPart()
  if (options.parts.has('memory')) await memoryPart()
  if (options.parts.has('db')) await databasePart()
} finally {
  rmSync(dataRoot, { recursive: true, force: true })
  log('')
  log(`(total ${((performance.now() - startedAt) / 1000).toFixed(0)} s)`)
}

async function fanoutPart(): Promise<void> {
  const results: FanoutResult[] = []
  for (const kind of options.servers) {
    const host = await startHost(kind, { dataDir: join(dataRoot, `fanout-${kind}`) })
    try {
      for (const clients of options.clients) {
        process.stderr.write(`fan-out: ${kind}, ${clients} clients…\n`)
        results.push(
          await measureFanout(host, {
            clients,
            rate: options.rate,
            seconds: options.seconds,
            window: options.window,
          }),
        )
      }
    } finally {
      await host.close()
    }
  }

  const label: Record<HostKind, string> = {
    ours: 'ours',
    reference: 'reference',
    hocuspocus: 'hocuspocus',
    raw: 'raw ws',
  }
  const lossNote = (phase: PhaseResult) => (phase.lost > 0 ? ` (${count(phase.lost)} lost)` : '')
  log('')
  log('## Fan-out')
  log('')
  log(
    `Update size: ${results.map((r) => `${r.updateBytes} B`).find(Boolean) ?? '?'} (Yjs update of one Y.Map set).`,
  )
  log('Latency: writer change → other client observes it, ms. CPU: fraction of one core.')
  log('')
  log(
    table(
      [
        'server',
        'clients',
        `p50 @${options.rate}/s`,
        `p99 @${options.rate}/s`,
        'max',
        'saturated updates/s',
        'deliveries/s',
        'p50 sat.',
        'p99 sat.',
        'server CPU',
        'server µs/update',
        'client CPU',
      ],
      results.map((r) => [
        label[r.server],
        String(r.clients),
        ms(r.fixedRate.p50),
        ms(r.fixedRate.p99),
        ms(r.fixedRate.max) + lossNote(r.fixedRate),
        count(r.saturation.updatesPerSecond),
        count(r.saturation.deliveriesPerSecond) + lossNote(r.saturation),
        ms(r.saturation.p50),
        ms(r.saturation.p99),
        percent(r.saturation.serverCpu),
        count((r.saturation.serverCpu * 1e6) / r.saturation.updatesPerSecond),
        percent(r.saturation.clientCpu),
      ]),
    ),
  )
  const find = (server: HostKind, clients: number) =>
    results.find((r) => r.server === server && r.clients === clients)
  const rows: string[][] = []
  const ratioRow = (a: FanoutResult, b: FanoutResult) => [
    `${label[a.server]} / ${label[b.server]}`,
    String(a.clients),
    ratio(a.fixedRate.p50, b.fixedRate.p50),
    ratio(a.fixedRate.p99, b.fixedRate.p99),
    ratio(a.saturation.deliveriesPerSecond, b.saturation.deliveriesPerSecond),
  ]
  for (const clients of options.clients) {
    // Every server against the transport's limit, then ours against each of the others.
    const raw = find('raw', clients)
    const ours = find('ours', clients)
    for (const kind of options.servers) {
      const them = find(kind, clients)
      if (raw && them && kind !== 'raw') rows.push(ratioRow(them, raw))
    }
    for (const kind of options.servers) {
      const them = find(kind, clients)
      if (ours && them && kind !== 'ours' && kind !== 'raw') rows.push(ratioRow(ours, them))
    }
  }
  if (rows.length > 0) {
    log('')
    log('Ratios (latency: > 1× is slower; throughput: < 1× is less):')
    log('')
    log(table(['ratio', 'clients', 'p50 latency', 'p99 latency', 'deliveries/s'], rows))
  }
}

async function memoryPart(): Promise<void> {
  process.stderr.write(`memory: ${options.rooms} rooms of ${options.shapes} shapes…\n`)
  const result = await measureMemoryPerRoom(join(dataRoot, 'memory'), {
    rooms: options.rooms,
    shapes: options.shapes,
  })
  log('')
  log('## Memory per session (our server: its board and its session control)')
  log('')
  log(
    `${result.rooms} sessions, each a board of ${result.shapes} sticky notes (stored snapshot ` +
      `${bytes(result.boardBytes)}); GC forced: ${result.gcForced ? 'yes' : 'no'}; ` +
      `loading them all took ${ms(result.loadMs)} ms.`,
  )
  log('')
  log(
    table(
      ['per session', 'heap used', 'external', 'RSS'],
      [
        [
          'loaded, one client connected',
          bytes(result.withClient.heapUsed),
          bytes(result.withClient.external),
          bytes(result.withClient.rss),
        ],
        [
          'loaded, client gone (until idle unload)',
          bytes(result.documentOnly.heapUsed),
          bytes(result.documentOnly.external),
          bytes(result.documentOnly.rss),
        ],
      ],
    ),
  )
}

async function databasePart(): Promise<void> {
  const rows: string[][] = []
  for (const compactEvery of [1_000_000, 500]) {
    process.stderr.write(`database: ${options.dbUpdates} updates, compactEvery ${compactEvery}…\n`)
    const r = await measureDatabaseSize(join(dataRoot, `db-${compactEvery}`), {
      updates: options.dbUpdates,
      compactEvery,
    })
    rows.push([
      count(r.compactEvery),
      count(r.updates),
      bytes(r.updateBytes),
      count(r.rows),
      bytes(r.dbBytes),
      bytes(r.walBytes),
      bytes(r.snapshotBytes),
      ratio(r.dbBytes, r.snapshotBytes),
      ratio(r.dbBytes + r.walBytes, r.snapshotBytes),
      count(r.commitsPerSecond),
      ms(r.loadMs),
      r.reloadMatches ? 'yes' : 'NO',
      `${r.afterCompaction.rows} row, ${bytes(r.afterCompaction.dbBytes)} (${count(r.afterCompaction.freePages)} free pages)`,
    ])
  }
  log('')
  log('## Database size (our server, one document)')
  log('')
  log(
    table(
      [
        'compactEvery',
        'updates',
        'update bytes',
        'rows',
        'db file',
        'WAL',
        'snapshot',
        'db / snapshot',
        '(db+WAL) / snapshot',
        'commits/s',
        'reload ms',
        'reload equal',
        'after compaction + close',
      ],
      rows,
    ),
  )
}
