/**
 * Several nodes (#15): fan-out latency for people in one room spread over two nodes of our
 * server, against all of them on one node, in the same run. Starts its own PostgreSQL and
 * Redis (temporary folders, free ports on 127.0.0.1) and two node processes on them, then
 * measures rooms of N stock clients, alternating the two layouts (a b, b a, a b, …) so that
 * machine noise falls on both:
 *
 *   a. every client of the room on node 1;
 *   b. the clients alternately on node 1 and node 2 (half each), so writers are on both.
 *
 * Both nodes run throughout, so in (a) node 1 still adds every batch to Redis: the only
 * difference is the way to the receivers on the other node. Each room is the fan-out part's
 * warm-up and fixed-rate phase (`fanout.ts`). Prints figures and ratios, never passes or fails.
 *
 *   node tests/load/twoNodes.ts [--clients=20] [--rounds=3] [--rate=20] [--seconds=5]
 */

import { type PostgresServer, startPostgres } from '../support/postgresServer.ts'
import { type RedisServer, startRedis } from '../support/redisServer.ts'
import { createSession } from '../support/sessions.ts'
import { ourRoom } from './clients.ts'
import { type LatencySummary, openFanoutRoom, type PhaseResult, summarise } from './fanout.ts'
import { type Host, startHost } from './hostProcess.ts'
import { knobReader } from './options.ts'
import { count, machineLine, ms, percent, ratio, sleep, table } from './stats.ts'

// Every stock WebsocketProvider adds a process 'exit' listener; 20 clients are not a leak.
process.setMaxListeners(1_000)

const knobs = knobReader(process.argv.slice(2), process.env, [
  'clients',
  'rounds',
  'rate',
  'seconds',
])
const clients = knobs.int('clients', 20, 2, 200)
const rounds = knobs.int('rounds', 3, 1, 10)
const rate = knobs.int('rate', 20, 1, 200)
const seconds = knobs.int('seconds', 5, 1, 60)
/**
 * Receipts are timed on the generator's event loop, so a stall there is counted as latency.
 * The histogram includes its 5 ms timer resolution; 5 ms more would be as large as the p99
 * being compared, so a phase beyond this says more about the generator than the nodes.
 */
const GENERATOR_LAG_LIMIT_MS = 10
/** Each room: connecting, warm-up and the drain take a few seconds on top of the phase. */
const HARD_STOP_MS = 120_000 + rounds * 2 * (seconds * 1000 + 45_000)

type Layout = 'one' | 'two'
const layoutName: Record<Layout, string> = {
  one: 'a: all on node 1',
  two: 'b: half on node 2',
}

interface RoomRun {
  round: number
  layout: Layout
  phase: PhaseResult
}

let postgres: PostgresServer | undefined
let redis: RedisServer | undefined
const nodes: Host[] = []
let cleaning: Promise<void> | undefined
/** Set on an interrupt or the hard stop: no further room is started. */
let stopping = false

/** Nodes first (they hold connections to both), then Redis and PostgreSQL; once. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.allSettled(nodes.map((node) => node.close()))
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  })()
  return cleaning
}

function abort(why: string, code: number): void {
  stopping = true
  console.error(`nodes: ${why}; stopping`)
  // The harnesses' own exit hooks stop what is left if cleaning up hangs.
  setTimeout(() => process.exit(code), 20_000).unref()
  void cleanUp().finally(() => process.exit(code))
}

const hardStop = setTimeout(() => abort('hard time limit reached', 2), HARD_STOP_MS)
hardStop.unref()
process.once('SIGINT', () => abort('interrupted', 130))
process.once('SIGTERM', () => abort('terminated', 143))

const log = (text: string) => console.log(text)
const startedAt = performance.now()

log('# Reflectiebord: one room over two nodes')
log('')
log(machineLine())
log(
  `rooms of ${clients} stock clients, one writer at a time (rotating), ${rate} updates/s for ` +
    `${seconds} s each; ${rounds} round(s) of both layouts, alternated`,
)

const runs: RoomRun[] = []
try {
  process.stderr.write('nodes: starting PostgreSQL, Redis and two nodes…\n')
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
  const databaseUrl = postgres.createDatabase('bench_nodes')
  for (let i = 0; i < 2; i++) {
    nodes.push(await startHost('ours', { databaseUrl, redisUrl: redis.url }))
  }
  for (let round = 1; round <= rounds; round++) {
    const order: Layout[] = round % 2 === 1 ? ['one', 'two'] : ['two', 'one']
    for (const layout of order) {
      if (stopping) throw new Error('stopped before the end')
      process.stderr.write(`nodes: round ${round}, ${layoutName[layout]}…\n`)
      runs.push({ round, layout, phase: await measureRoom(layout, round) })
    }
  }
} finally {
  await cleanUp()
  clearTimeout(hardStop)
}

report()
log('')
log(`(total ${((performance.now() - startedAt) / 1000).toFixed(0)} s)`)

async function measureRoom(layout: Layout, round: number): Promise<PhaseResult> {
  const [one, two] = nodes as [Host, Host]
  const session = await createSession(`http://127.0.0.1:${one.port}`, `Twee nodes ${round}`)
  // Alternating, so that the rotating writer is on node 1, then node 2, then node 1, …
  const nodeOf = Array.from({ length: clients }, (_, i) => (layout === 'two' ? i % 2 : 0))
  const room = await openFanoutRoom({
    addresses: nodeOf.map((node) => ourRoom((node === 0 ? one : two).port, session.id)),
    hosts: nodes,
    label: `round ${round}, ${layoutName[layout]}`,
    waitForSync: true,
    nodeOf,
  })
  try {
    await room.warmUp()
    await sleep(200)
    return await room.fixedRate(rate, seconds)
  } finally {
    await room.close()
  }
}

function pooled(layout: Layout, part: (phase: PhaseResult) => LatencySummary | undefined) {
  return summarise(
    runs.filter((run) => run.layout === layout).flatMap((run) => part(run.phase)?.sorted ?? []),
  )
}

function report(): void {
  const lagging = runs.filter((run) => run.phase.generatorLagP99 > GENERATOR_LAG_LIMIT_MS)
  const lost = (layout: Layout) =>
    runs.filter((run) => run.layout === layout).reduce((sum, run) => sum + run.phase.lost, 0)
  const all = (phase: PhaseResult) => mergeSummaries(phase.sameNode, phase.otherNode)

  log('')
  log('## Each room')
  log('')
  log(
    'Latency: writer change → another client of the room observes it, ms. "other node": ' +
      "receipts on the node the writer is not on. Nodes' CPU: both processes, share of one core.",
  )
  log('')
  log(
    table(
      [
        'round',
        'layout',
        'receipts',
        'lost',
        'p50',
        'p99',
        'max',
        'other node p50',
        'other node p99',
        "nodes' CPU",
        'generator lag p99',
      ],
      runs.map(({ round, layout, phase }) => [
        String(round),
        layoutName[layout],
        count(phase.delivered),
        count(phase.lost),
        ms(phase.p50),
        ms(phase.p99),
        ms(phase.max),
        phase.otherNode?.receipts ? ms(phase.otherNode.p50) : '–',
        phase.otherNode?.receipts ? ms(phase.otherNode.p99) : '–',
        percent(phase.serverCpu),
        `${ms(phase.generatorLagP99)}${phase.generatorLagP99 > GENERATOR_LAG_LIMIT_MS ? ' (lags)' : ''}`,
      ]),
    ),
  )

  const a = pooled('one', all)
  const b = pooled('two', all)
  const bSame = pooled('two', (phase) => phase.sameNode)
  const bOther = pooled('two', (phase) => phase.otherNode)
  const row = (name: string, s: LatencySummary, dropped: string) => [
    name,
    count(s.receipts),
    dropped,
    ms(s.p50),
    ms(s.p99),
    ms(s.max),
  ]
  log('')
  log(`## All rooms pooled (${rounds} per layout)`)
  log('')
  log(
    table(
      ['layout', 'receipts', 'lost', 'p50', 'p99', 'max'],
      [
        row(layoutName.one, a, count(lost('one'))),
        row(layoutName.two, b, count(lost('two'))),
        row("  b: receipts on the writer's node", bSame, ''),
        row('  b: receipts on the other node', bOther, ''),
      ],
    ),
  )
  log('')
  log('Ratios (> 1× is slower):')
  log('')
  const pairRatios = (pick: (phase: PhaseResult) => number) =>
    Array.from({ length: rounds }, (_, i) => {
      const inRound = (layout: Layout) =>
        runs.find((run) => run.round === i + 1 && run.layout === layout)?.phase
      const [one, two] = [inRound('one'), inRound('two')]
      return one && two ? ratio(pick(two), pick(one)) : '–'
    }).join(', ')
  log(
    table(
      ['ratio', 'p50', 'p99', 'per round p50', 'per round p99'],
      [
        [
          'b / a',
          ratio(b.p50, a.p50),
          ratio(b.p99, a.p99),
          pairRatios((phase) => phase.p50),
          pairRatios((phase) => phase.p99),
        ],
        ['b other node / a', ratio(bOther.p50, a.p50), ratio(bOther.p99, a.p99), '', ''],
      ],
    ),
  )
  log('')
  const worstLag = Math.max(...runs.map((run) => run.phase.generatorLagP99))
  log(
    lagging.length > 0
      ? `INVALID: the load generator lagged (event-loop delay p99 above ${GENERATOR_LAG_LIMIT_MS} ms ` +
          `in ${lagging.length} of ${runs.length} rooms, worst ${ms(worstLag)} ms): these figures are the generator's.`
      : `Load generator event-loop delay p99 at most ${ms(worstLag)} ms (limit ${GENERATOR_LAG_LIMIT_MS} ms, ` +
          'timer resolution 5 ms included): valid.',
  )
}

function mergeSummaries(...parts: (LatencySummary | undefined)[]): LatencySummary {
  return summarise(parts.flatMap((part) => part?.sorted ?? []))
}
