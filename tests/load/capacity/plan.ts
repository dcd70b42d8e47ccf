import type { HostKind } from '../hostProtocol.ts'

/** What the coordinator asks of one load worker: its share of the rooms and the schedule. */
export interface WorkerPlan {
  kind: HostKind
  port: number
  /** Each room's websocket path (`/yjs/<room>` for ours), and ours' session for the tickets. */
  rooms: { path: string; sessionId: string | null }[]
  clientsPerRoom: number
  writersPerRoom: number
  cursorsPerRoom: number
  /** Sends per second of each writer and each cursor. */
  rateHz: number
  warmupMs: number
  measureMs: number
  /** How long receivers may still catch up after the last send before a miss is a drop. */
  drainMs: number
  /** The first room's index over all workers: keeps Yjs client ids apart between workers. */
  firstRoom: number
}

/** Worker → coordinator. */
export type WorkerReport =
  | { type: 'ready'; connected: number }
  | { type: 'failed'; reason: string }
  | { type: 'done'; result: WorkerResult }

/** Coordinator → worker: everyone starts sending at `startAt` (performance time origin + now). */
export interface WorkerGo {
  type: 'go'
  startAt: number
}

export interface WorkerResult {
  /** Fan-out latencies (ms) of updates sent in the measured window, one per receipt. */
  latencies: Float64Array
  /** Receipts expected (every update sent, at every other client of its room). */
  expected: number
  received: number
  updatesSent: number
  awarenessSent: number
  /** Connections the server closed or lost during the run. */
  closed: number
  /** This worker's own event-loop delay (ms): a lagging generator makes the figures invalid. */
  loopDelayP99: number
  loopDelayMax: number
  /** How late sends went out against their schedule (ms), at the 99th percentile. */
  sendLateP99: number
}
