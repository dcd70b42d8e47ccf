/**
 * One load generator thread: opens its rooms' connections as light clients (no Y.Doc, see
 * `frames.ts`), sends prepared note moves and cursor presences on a fixed schedule, and
 * notes when each stamped update reaches every other client of its room. Measures its own
 * event-loop delay, so that a run whose generator lags can be told from one whose server does.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parentPort, workerData } from 'node:worker_threads'
import { MessageType, SyncMessageType } from '@reflectiebord/shared'
import { WebSocket } from 'ws'
import { ticketFor } from '../../support/tickets.ts'
import { percentile, sortedCopy } from '../stats.ts'
import { type Dialect, dialectFor, wrap } from './dialect.ts'
import { awarenessFrame, emptyStep1, emptyStep2, frameKind } from './frames.ts'
import type { WorkerGo, WorkerPlan, WorkerReport, WorkerResult } from './plan.ts'
import {
  type PreparedWriter,
  prepareWriter,
  readStamps,
  stamped,
  writerOf,
} from './preparedNotes.ts'

const plan = workerData as WorkerPlan
const port = parentPort
if (!port) throw new Error('loadWorker runs as a worker thread')
const send = (report: WorkerReport) => port.postMessage(report)
const now = () => performance.timeOrigin + performance.now()

/** How often the scheduler looks for sends that are due. */
const TICK_MS = 2
const CONNECT_TIMEOUT_MS = 20_000
const CONNECTS_AT_ONCE = 16

interface Client {
  socket: WebSocket
  /** How frames go to and from this client's server (the stock protocol, or Hocuspocus's). */
  dialect: Dialect
  room: number
  writer: PreparedWriter | null
  cursorId: number | null
  received: number
  synced: boolean
}

interface Sender {
  client: Client
  /** When the next send is due, and which one it is. */
  due: number
  next: number
}

const sendsPerSender = Math.ceil((plan.rateHz * (plan.warmupMs + plan.measureMs)) / 1000) + 1
const writers = Array.from({ length: plan.writersPerRoom }, (_, i) =>
  prepareWriter(1_000 + i, sendsPerSender),
)

async function connect(path: string, sessionId: string | null): Promise<WebSocket> {
  let url = `ws://127.0.0.1:${plan.port}${path}`
  if (sessionId) {
    const ticket = await ticketFor(`http://127.0.0.1:${plan.port}`, sessionId, {
      name: 'Deelnemer',
    })
    url += `?ticket=${encodeURIComponent(ticket)}`
  }
  const socket = new WebSocket(url, { perMessageDeflate: false })
  socket.binaryType = 'nodebuffer'
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no connection to ${path}`)),
      CONNECT_TIMEOUT_MS,
    )
    socket.once('open', () => {
      clearTimeout(timer)
      resolve()
    })
    socket.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
  return socket
}

const clients: Client[] = []
let measureFrom = Number.POSITIVE_INFINITY
let closedDuringRun = 0
let running = false
const latencies: number[] = []
const stamps: number[] = []

function onFrame(client: Client, data: Buffer): void {
  const frame = client.dialect.unwrap(data)
  if (!frame || frame[0] !== MessageType.Sync) return
  const kind = frameKind(frame)
  if (kind?.step === SyncMessageType.Step1) {
    client.socket.send(wrap(client.dialect, emptyStep2()))
    return
  }
  if (kind?.step === SyncMessageType.Step2) client.synced = true
  if (kind?.step !== SyncMessageType.Update && kind?.step !== SyncMessageType.Step2) return
  // The reference and Hocuspocus send every update to all connections of the room, its writer's
  // too; that copy is not a delivery (`expected` counts other clients only) and not a latency.
  if (client.writer && writerOf(frame) === client.writer.clientId) return
  stamps.length = 0
  const found = readStamps(frame, stamps)
  if (found === 0) return
  client.received += found
  const at = now()
  for (const sentAt of stamps) if (sentAt >= measureFrom) latencies.push(at - sentAt)
}

async function openAll(): Promise<void> {
  const jobs: (() => Promise<void>)[] = []
  plan.rooms.forEach((room, r) => {
    for (let c = 0; c < plan.clientsPerRoom; c++) {
      jobs.push(async () => {
        const socket = await connect(room.path, room.sessionId)
        const roomIndex = plan.firstRoom + r
        const writer = c < plan.writersPerRoom ? (writers[c] ?? null) : null
        const client: Client = {
          socket,
          dialect: dialectFor(plan.kind, room.path),
          room: r,
          writer,
          // Presence ids apart from the writers' and unique per room over all workers.
          cursorId:
            c >= plan.writersPerRoom && c < plan.writersPerRoom + plan.cursorsPerRoom
              ? 100_000 + roomIndex * 100 + c
              : null,
          received: 0,
          // The raw relay has no document and answers nothing.
          synced: plan.kind === 'raw',
        }
        socket.on('message', (data: Buffer) => onFrame(client, data))
        socket.on('close', () => {
          if (running) closedDuringRun++
        })
        for (const frame of client.dialect.greeting) socket.send(frame)
        socket.send(wrap(client.dialect, emptyStep1()))
        clients.push(client)
      })
    }
  })
  for (let i = 0; i < jobs.length; i += CONNECTS_AT_ONCE) {
    await Promise.all(jobs.slice(i, i + CONNECTS_AT_ONCE).map((job) => job()))
  }
  const deadline = performance.now() + CONNECT_TIMEOUT_MS
  while (!clients.every((client) => client.synced)) {
    if (performance.now() > deadline) throw new Error('not every client synced in time')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

function run(startAt: number): Promise<WorkerResult> {
  const period = 1000 / plan.rateHz
  const senders: Sender[] = clients
    .filter((client) => client.writer || client.cursorId !== null)
    .map((client, i, all) => ({
      client,
      // Spread over the period, so that sends do not all fall on one tick.
      due: startAt + (i / all.length) * period,
      next: 0,
    }))
  measureFrom = startAt + plan.warmupMs
  const stopAt = measureFrom + plan.measureMs
  const lateness: number[] = []
  let updatesSent = 0
  let awarenessSent = 0
  // The generator's own delay, over the measured window only (connecting is not the load).
  const loop = monitorEventLoopDelay({ resolution: 5 })
  let loopOn = false
  running = true
  return new Promise((resolve) => {
    const tick = setInterval(() => {
      const t = now()
      if (t >= stopAt) {
        clearInterval(tick)
        setTimeout(() => {
          running = false
          loop.disable()
          resolve(finish())
        }, plan.drainMs)
        return
      }
      if (t >= measureFrom && !loopOn) {
        loop.enable()
        loopOn = true
      }
      for (const sender of senders) {
        if (sender.due > t) continue
        lateness.push(t - sender.due)
        const { client } = sender
        if (client.socket.readyState !== WebSocket.OPEN) {
          sender.due += period
          continue
        }
        if (client.writer) {
          const index = sender.next
          const frame = client.writer.frames[index]
          const at = client.writer.stampAt[index]
          if (frame && at !== undefined) {
            client.socket.send(stamped(frame, at, now(), client.dialect.prefix))
            updatesSent++
          }
        } else if (client.cursorId !== null) {
          client.socket.send(
            wrap(
              client.dialect,
              awarenessFrame(client.cursorId, sender.next + 1, {
                presence: { cursor: { x: (sender.next * 11) % 1200, y: (sender.next * 5) % 800 } },
              }),
            ),
          )
          awarenessSent++
        }
        sender.next++
        sender.due += period
      }
    }, TICK_MS)

    const finish = (): WorkerResult => {
      let expected = 0
      let received = 0
      // Every update sent in a room is owed to each of its other clients.
      const sentByClient = new Map<Client, number>()
      for (const sender of senders) {
        if (sender.client.writer) sentByClient.set(sender.client, sender.next)
      }
      for (const client of clients) {
        received += client.received
        for (const [writer, sent] of sentByClient) {
          if (writer !== client && writer.room === client.room) expected += sent
        }
      }
      const late = sortedCopy(lateness)
      return {
        latencies: Float64Array.from(latencies),
        expected,
        received,
        updatesSent,
        awarenessSent,
        closed: closedDuringRun,
        loopDelayP99: loop.percentile(99) / 1e6,
        loopDelayMax: loop.max / 1e6,
        sendLateP99: percentile(late, 0.99),
      }
    }
  })
}

try {
  await openAll()
  send({ type: 'ready', connected: clients.length })
  const go = await new Promise<WorkerGo>((resolve) =>
    port.once('message', (message: WorkerGo) => resolve(message)),
  )
  const result = await run(go.startAt)
  send({ type: 'done', result })
} catch (error) {
  send({ type: 'failed', reason: error instanceof Error ? error.message : String(error) })
} finally {
  for (const client of clients) client.socket.terminate()
}
