import { type BenchClient, connectClient, newRoom } from './clients.ts'
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
  /** CPU time of the server process over the phase, as a fraction of one core. */
  serverCpu: number
  /** CPU time of the benchmark process (all clients) over the phase, as a fraction of one core. */
  clientCpu: number
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
  left: number
}

const NOTES_MAP = 'notes'
/** How long a phase waits for stragglers after its last write before counting them lost. */
const DRAIN_MS = 5_000

/**
 * Fan-out latency and throughput in one room of `clients` stock providers. One writer at a
 * time (rotating through the clients) sets its own key in a Y.Map; every other client's map
 * observer notes when the change arrives. All clients live in this process, so send and
 * receive times come from the same clock. Identical for the three servers.
 */
export async function measureFanout(host: Host, options: FanoutOptions): Promise<FanoutResult> {
  const n = options.clients
  const room = await newRoom(host)
  const clients: BenchClient[] = []
  try {
    for (let i = 0; i < n; i++) clients.push(connectClient(room))
    // The raw relay has no server-side document; its clients sync with each other, so
    // `synced` is not meaningful there. The warm-up round below is the common barrier.
    await until(
      () =>
        clients.every((c) => c.provider.wsconnected && (host.kind === 'raw' || c.provider.synced)),
      `${n} clients to connect and sync (${host.kind})`,
      20_000,
    )

    const inFlight = new Map<number, InFlight>()
    let latencies: number[] = []
    let delivered = 0
    let completed = 0
    let lastDeliveryAt = 0
    let onComplete: (() => void) | undefined
    let updateBytes = 0

    clients.forEach((client) => {
      const notes = client.doc.getMap<Note>(NOTES_MAP)
      notes.observe((event) => {
        if (event.transaction.local) return
        const now = performance.now()
        for (const key of event.keysChanged) {
          const note = notes.get(key)
          const entry = note ? inFlight.get(note.seq) : undefined
          if (!note || !entry) continue
          latencies.push(now - entry.sentAt)
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
      inFlight.set(s, { sentAt: performance.now(), left: n - 1 })
      writer.doc.getMap<Note>(NOTES_MAP).set(`note:${writerIndex}`, {
        seq: s,
        x: (k * 7) % 4000,
        y: (k * 13) % 3000,
        text: `Wat ik meeneem uit deze ronde (${k})`,
      })
    }

    const runPhase = async (
      drive: () => Promise<void>,
      updatesOf: () => number,
    ): Promise<PhaseResult> => {
      latencies = []
      delivered = 0
      completed = 0
      inFlight.clear()
      const serverBefore = await host.stats()
      const clientBefore = process.cpuUsage()
      const start = performance.now()
      lastDeliveryAt = start
      await drive()
      await until(() => inFlight.size === 0, 'stragglers', DRAIN_MS).catch(() => undefined)
      const end = Math.max(lastDeliveryAt, start + 1)
      const clientCpu = process.cpuUsage(clientBefore)
      const serverAfter = await host.stats()
      const elapsedMs = end - start
      const updates = updatesOf()
      let lost = 0
      for (const entry of inFlight.values()) lost += entry.left
      inFlight.clear()
      const sorted = sortedCopy(latencies)
      const serverCpuMicros =
        serverAfter.cpu.user -
        serverBefore.cpu.user +
        (serverAfter.cpu.system - serverBefore.cpu.system)
      const wallMs = performance.now() - start
      return {
        updates,
        expected: updates * (n - 1),
        delivered,
        lost,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        max: sorted.at(-1) ?? Number.NaN,
        elapsedMs,
        updatesPerSecond: (completed * 1000) / elapsedMs,
        deliveriesPerSecond: (delivered * 1000) / elapsedMs,
        serverCpu: serverCpuMicros / 1000 / wallMs,
        clientCpu: (clientCpu.user + clientCpu.system) / 1000 / wallMs,
      }
    }

    // Warm-up and barrier: every client writes once and everyone must see every write.
    await runPhase(
      async () => {
        for (let k = 0; k < n; k++) write(k)
        await until(
          () => inFlight.size === 0,
          `the warm-up round (${host.kind}, ${n} clients)`,
          20_000,
        )
        for (let k = 0; k < 10 * n; k++) {
          write(k)
          await sleep(2)
        }
      },
      () => 11 * n,
    )
    await sleep(200)

    // Fixed rate: the latency a person sees when the server is not busy.
    const total = options.rate * options.seconds
    const fixedRate = await runPhase(
      async () => {
        const start = performance.now()
        for (let k = 0; k < total; k++) {
          const due = start + (k * 1000) / options.rate
          const wait = due - performance.now()
          if (wait > 0) await sleep(wait)
          write(k)
        }
      },
      () => total,
    )
    await sleep(200)

    // Saturation: keep `window` updates in flight; a new one goes out when one has reached
    // everybody. Bounded by time and by count.
    let written = 0
    const maxUpdates = 2_000_000
    const saturation = await runPhase(
      async () => {
        const end = performance.now() + options.seconds * 1000
        onComplete = () => {
          if (performance.now() < end && written < maxUpdates) {
            const k = written++
            queueMicrotask(() => write(k))
          }
        }
        for (let i = 0; i < options.window; i++) write(written++)
        await sleep(options.seconds * 1000)
        onComplete = undefined
      },
      () => written,
    )

    return { server: host.kind, clients: n, updateBytes, fixedRate, saturation }
  } finally {
    for (const client of clients) client.destroy()
    await sleep(100)
  }
}
