import { monitorEventLoopDelay } from 'node:perf_hooks'
import { connectRoomClient, newRoom, type RoomAddress, type RoomClient } from './clients.ts'
import type { Host } from './hostProcess.ts'
import type { HostKind } from './hostProtocol.ts'
import { percentile, sleep, sortedCopy, until } from './stats.ts'

export interface FanoutOptions {
  clients: number
  /** Updates per second in the fixed-rate phase. */
  rate: number
  /** Seconds of each phase. */
  seconds: number
  /** Updates in flight in the saturation phase. */
  window: number
}

/** Latencies of a set of receipts, ms. */
export interface LatencySummary {
  receipts: number
  p50: number
  p99: number
  max: number
  /** Every latency, ascending: to pool receipts of several rooms. */
  sorted: readonly number[]
}

export interface PhaseResult {
  /** Updates written. */
  updates: number
  /** Receipts expected: updates × (clients − 1). */
  expected: number
  delivered: number
  /** Receipts that had not arrived when the phase gave up waiting (should be 0). */
  lost: number
  p50: number
  p99: number
  max: number
  elapsedMs: number
  /** Updates seen by every receiver, per second. */
  updatesPerSecond: number
  /** Receipts (one update arriving at one receiver) per second. */
  deliveriesPerSecond: number
  /** CPU time of the server processes over the phase, summed, as a fraction of one core. */
  serverCpu: number
  /** CPU time of the benchmark process (all clients) over the phase, as a fraction of one core. */
  clientCpu: number
  /**
   * The benchmark process's own event-loop delay over the phase (ms, timer resolution 5 ms
   * included): receipts are timed on that loop, so a stall there shows up as latency.
   */
  generatorLagP99: number
  generatorLagMax: number
  /**
   * With clients on several nodes (`nodeOf`): the receipts on the writer's own node, and those
   * that crossed to another node.
   */
  sameNode?: LatencySummary
  otherNode?: LatencySummary
}

export interface FanoutResult {
  server: HostKind
  clients: number
  /** Bytes of one Yjs update as the writer sends it. */
  updateBytes: number
  fixedRate: PhaseResult
  saturation: PhaseResult
}

/** What one edit writes: a sticky note moved and its text touched, plus bookkeeping. */
interface Note {
  seq: number
  x: number
  y: number
  text: string
}

interface InFlight {
  sentAt: number
  writer: number
  left: number
}

const NOTES_MAP = 'notes'
/** How long a phase waits for stragglers after its last write before counting them lost. */
const DRAIN_MS = 5_000
/** Longest a whole room may take to connect and sync, or to finish the warm-up round. */
const BARRIER_MS = 20_000
/** Bounds the saturation phase in count as well as in time. */
const MAX_SATURATION_UPDATES = 2_000_000

/**
 * Fan-out latency and throughput in one room of `clients` providers, all on one server:
 * a warm-up round, then a fixed-rate phase, then a saturation phase (see `openFanoutRoom`).
 * Identical for every server; only the provider differs (Hocuspocus: its own, see
 * `connectRoomClient`).
 */
export async function measureFanout(host: Host, options: FanoutOptions): Promise<FanoutResult> {
  const n = options.clients
  const address = await newRoom(host)
  const room = await openFanoutRoom({
    addresses: Array.from({ length: n }, () => address),
    hosts: [host],
    label: host.kind,
    // The raw relay has no server-side document; its clients sync with each other, so
    // `synced` is not meaningful there. The warm-up round is the common barrier.
    waitForSync: host.kind !== 'raw',
  })
  try {
    await room.warmUp()
    await sleep(200)
    const fixedRate = await room.fixedRate(options.rate, options.seconds)
    await sleep(200)
    const saturation = await room.saturation(options.window, options.seconds)
    return {
      server: host.kind,
      clients: n,
      updateBytes: room.updateBytes(),
      fixedRate,
      saturation,
    }
  } finally {
    await room.close()
  }
}

export interface FanoutRoomSetup {
  /** Where each client connects, one entry per client (all the same room). */
  addresses: readonly RoomAddress[]
  /** The server processes whose CPU is counted (summed) for each phase. */
  hosts: readonly Host[]
  /** Names the room in timeout messages. */
  label: string
  /** Wait for every provider's `synced` before the warm-up (not on the raw relay). */
  waitForSync: boolean
  /** Which node each client is on, by client index; receipts are then also split by it. */
  nodeOf?: readonly number[]
}

/** A room of connected clients, ready to be measured phase by phase. */
export interface FanoutRoom {
  /** Every client writes once and everyone must see every write, then ten rounds more. */
  warmUp(): Promise<void>
  /** `rate` updates per second for `seconds`: the latency a person sees when nobody is busy. */
  fixedRate(rate: number, seconds: number): Promise<PhaseResult>
  /** `window` updates kept in flight for `seconds`: throughput, and latency under that load. */
  saturation(window: number, seconds: number): Promise<PhaseResult>
  /** Bytes of one Yjs update as a writer sends it (known after the first write). */
  updateBytes(): number
  close(): Promise<void>
}

/**
 * Connects one provider per address (the stock one, or Hocuspocus's own) and sets up the
 * probe: one writer at a time (rotating through the clients) sets its own key in a Y.Map,
 * stamped with a sequence number whose send time is kept here; every other client's map
 * observer notes when the change arrives. All clients live in this process, so send and
 * receive times come from the same clock.
 */
export async function openFanoutRoom(setup: FanoutRoomSetup): Promise<FanoutRoom> {
  const n = setup.addresses.length
  const clients: RoomClient[] = []
  const close = async () => {
    for (const client of clients) client.destroy()
    await sleep(100)
  }
  try {
    for (const address of setup.addresses) clients.push(connectRoomClient(address))
    await until(
      () => clients.every((c) => c.isConnected() && (!setup.waitForSync || c.isSynced())),
      `${n} clients to connect and sync (${setup.label})`,
      BARRIER_MS,
    )
  } catch (error) {
    await close()
    throw error
  }

  const nodeOf = setup.nodeOf
  const inFlight = new Map<number, InFlight>()
  let latencies: number[] = []
  let sameNode: number[] = []
  let otherNode: number[] = []
  let delivered = 0
  let completed = 0
  let lastDeliveryAt = 0
  let onComplete: (() => void) | undefined
  let updateBytes = 0

  clients.forEach((client, receiver) => {
    const notes = client.doc.getMap<Note>(NOTES_MAP)
    notes.observe((event) => {
      if (event.transaction.local) return
      const now = performance.now()
      for (const key of event.keysChanged) {
        const note = notes.get(key)
        const entry = note ? inFlight.get(note.seq) : undefined
        if (!note || !entry) continue
        const latency = now - entry.sentAt
        latencies.push(latency)
        if (nodeOf) {
          const same = nodeOf[receiver] === nodeOf[entry.writer]
          ;(same ? sameNode : otherNode).push(latency)
        }
        delivered++
        lastDeliveryAt = now
        entry.left--
        if (entry.left === 0) {
          inFlight.delete(note.seq)
          completed++
          onComplete?.()
        }
      }
    })
  })
  clients[0]?.doc.on(
    'update',
    (update: Uint8Array, _origin: unknown, _doc: unknown, tr: { local: boolean }) => {
      if (tr.local) updateBytes = update.length
    },
  )

  let seq = 0
  const write = (k: number): void => {
    const writerIndex = k % n
    const writer = clients[writerIndex]
    if (!writer) return
    const s = seq++
    inFlight.set(s, { sentAt: performance.now(), writer: writerIndex, left: n - 1 })
    writer.doc.getMap<Note>(NOTES_MAP).set(`note:${writerIndex}`, {
      seq: s,
      x: (k * 7) % 4000,
      y: (k * 13) % 3000,
      text: `Wat ik meeneem uit deze ronde (${k})`,
    })
  }

  const cpuOfHosts = async () => {
    let micros = 0
    for (const host of setup.hosts) {
      const { cpu } = await host.stats()
      micros += cpu.user + cpu.system
    }
    return micros
  }

  const runPhase = async (
    drive: () => Promise<void>,
    updatesOf: () => number,
  ): Promise<PhaseResult> => {
    latencies = []
    sameNode = []
    otherNode = []
    delivered = 0
    completed = 0
    inFlight.clear()
    const serverBefore = await cpuOfHosts()
    const clientBefore = process.cpuUsage()
    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    const start = performance.now()
    lastDeliveryAt = start
    try {
      await drive()
      await until(() => inFlight.size === 0, 'stragglers', DRAIN_MS).catch(() => undefined)
    } finally {
      loop.disable()
    }
    const end = Math.max(lastDeliveryAt, start + 1)
    const clientCpu = process.cpuUsage(clientBefore)
    const serverAfter = await cpuOfHosts()
    const elapsedMs = end - start
    const updates = updatesOf()
    let lost = 0
    for (const entry of inFlight.values()) lost += entry.left
    inFlight.clear()
    const all = summarise(latencies)
    const wallMs = performance.now() - start
    return {
      updates,
      expected: updates * (n - 1),
      delivered,
      lost,
      p50: all.p50,
      p99: all.p99,
      max: all.max,
      elapsedMs,
      updatesPerSecond: (completed * 1000) / elapsedMs,
      deliveriesPerSecond: (delivered * 1000) / elapsedMs,
      serverCpu: (serverAfter - serverBefore) / 1000 / wallMs,
      clientCpu: (clientCpu.user + clientCpu.system) / 1000 / wallMs,
      generatorLagP99: loop.percentile(99) / 1e6,
      generatorLagMax: loop.max / 1e6,
      ...(nodeOf ? { sameNode: summarise(sameNode), otherNode: summarise(otherNode) } : {}),
    }
  }

  return {
    async warmUp() {
      await runPhase(
        async () => {
          for (let k = 0; k < n; k++) write(k)
          await until(
            () => inFlight.size === 0,
            `the warm-up round (${setup.label}, ${n} clients)`,
            BARRIER_MS,
          )
          for (let k = 0; k < 10 * n; k++) {
            write(k)
            await sleep(2)
          }
        },
        () => 11 * n,
      )
    },

    fixedRate(rate, seconds) {
      const total = rate * seconds
      return runPhase(
        async () => {
          const start = performance.now()
          for (let k = 0; k < total; k++) {
            const due = start + (k * 1000) / rate
            const wait = due - performance.now()
            if (wait > 0) await sleep(wait)
            write(k)
          }
        },
        () => total,
      )
    },

    // A new update goes out when one has reached everybody. Bounded by time and by count.
    saturation(window, seconds) {
      let written = 0
      return runPhase(
        async () => {
          const end = performance.now() + seconds * 1000
          onComplete = () => {
            if (performance.now() < end && written < MAX_SATURATION_UPDATES) {
              const k = written++
              queueMicrotask(() => write(k))
            }
          }
          try {
            for (let i = 0; i < window; i++) write(written++)
            await sleep(seconds * 1000)
          } finally {
            onComplete = undefined
          }
        },
        () => written,
      )
    },

    updateBytes: () => updateBytes,
    close,
  }
}

export function summarise(latencies: readonly number[]): LatencySummary {
  const sorted = sortedCopy(latencies)
  return {
    receipts: sorted.length,
    sorted,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
  }
}
