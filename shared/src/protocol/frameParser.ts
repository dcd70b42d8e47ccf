import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { MessageType, SyncMessageType } from './messageTypes.ts'

/** One client's presence inside an awareness update; `state` is its JSON text (`null` = gone). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/** A client frame that passed validation and may be handed to Yjs. */
export type ClientFrame =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: 'query-awareness' }

export type FrameErrorReason =
  | 'empty'
  | 'truncated'
  | 'trailing-bytes'
  | 'unknown-message-type'
  | 'unknown-sync-type'
  | 'invalid-update'
  | 'invalid-state-vector'
  | 'invalid-awareness'

export class FrameError extends Error {
  readonly reason: FrameErrorReason
  constructor(reason: FrameErrorReason, detail?: string) {
    super(detail ? `${reason}: ${detail}` : reason)
    this.name = 'FrameError'
    this.reason = reason
  }
}

export type ParseResult = { ok: true; frame: ClientFrame } | { ok: false; error: FrameError }

/**
 * Reads one binary frame from a client and checks it completely before any of it reaches
 * Yjs: `Y.applyUpdate` on a zero-length or malformed update can throw deep inside a
 * transaction or never return (yjs #479, #498), so the server parses first and applies only
 * what parsed. Size is bounded earlier, by the websocket layer's maximum payload.
 */
export function parseClientFrame(data: Uint8Array): ParseResult {
  try {
    return { ok: true, frame: readFrame(data) }
  } catch (err) {
    if (err instanceof FrameError) return { ok: false, error: err }
    // lib0 throws plain Errors when it runs past the end of the buffer.
    return { ok: false, error: new FrameError('truncated', errorText(err)) }
  }
}

function readFrame(data: Uint8Array): ClientFrame {
  if (data.length === 0) throw new FrameError('empty')
  const decoder = decoding.createDecoder(data)
  const type = decoding.readVarUint(decoder)
  let frame: ClientFrame
  switch (type) {
    case MessageType.Sync:
      frame = readSync(decoder)
      break
    case MessageType.Awareness:
      frame = { kind: 'awareness', ...readAwarenessUpdate(decoder) }
      break
    case MessageType.QueryAwareness:
      frame = { kind: 'query-awareness' }
      break
    default:
      // Auth messages only ever travel server -> client; from a client they are unknown.
      throw new FrameError('unknown-message-type', String(type))
  }
  if (decoding.hasContent(decoder)) throw new FrameError('trailing-bytes')
  return frame
}

function readSync(decoder: decoding.Decoder): ClientFrame {
  const syncType = decoding.readVarUint(decoder)
  switch (syncType) {
    case SyncMessageType.Step1: {
      const stateVector = decoding.readVarUint8Array(decoder)
      try {
        Y.decodeStateVector(stateVector)
      } catch (err) {
        throw new FrameError('invalid-state-vector', errorText(err))
      }
      return { kind: 'sync-step1', stateVector }
    }
    case SyncMessageType.Step2:
      return { kind: 'sync-step2', update: readUpdate(decoder) }
    case SyncMessageType.Update:
      return { kind: 'sync-update', update: readUpdate(decoder) }
    default:
      throw new FrameError('unknown-sync-type', String(syncType))
  }
}

function readUpdate(decoder: decoding.Decoder): Uint8Array {
  const update = decoding.readVarUint8Array(decoder)
  // The smallest valid update (no structs, empty delete set) is two bytes.
  if (update.length < 2) throw new FrameError('invalid-update', 'too short')
  try {
    Y.decodeUpdate(update)
  } catch (err) {
    throw new FrameError('invalid-update', errorText(err))
  }
  return update
}

/**
 * Checks the awareness update's structure (a count, then client, clock and JSON state for
 * each) and returns its entries, so the server can see whose presence a frame speaks for.
 */
function readAwarenessUpdate(decoder: decoding.Decoder): {
  update: Uint8Array
  entries: AwarenessEntry[]
} {
  const update = decoding.readVarUint8Array(decoder)
  return { update, entries: awarenessEntriesOf(update) }
}

/** The entries of an awareness update; throws a `FrameError` if it is malformed. */
export function awarenessEntriesOf(update: Uint8Array): AwarenessEntry[] {
  const inner = decoding.createDecoder(update)
  const count = decoding.readVarUint(inner)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(inner)
    const clock = decoding.readVarUint(inner)
    const state = decoding.readVarString(inner)
    try {
      const parsed: unknown = JSON.parse(state)
      if (parsed !== null && typeof parsed !== 'object') throw new Error('state is not an object')
    } catch (err) {
      throw new FrameError('invalid-awareness', errorText(err))
    }
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(inner)) throw new FrameError('invalid-awareness', 'trailing bytes')
  return entries
}

/** Encodes entries back into an awareness update (after the server dropped some). */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
