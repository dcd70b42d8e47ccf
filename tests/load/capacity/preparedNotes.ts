/**
 * A writer's updates made in advance, so that the load generator spends its time sending and
 * not in Yjs: each one moves the writer's sticky note (a 100-byte-ish update, as a dragged
 * note makes) and carries a fixed-width placeholder that is overwritten with the send time
 * just before the frame goes out. The stamp is plain UTF-8 inside the update (Yjs writes
 * strings as they are), so a receiver finds it with one byte search and never decodes Yjs;
 * every server relays the update's content unchanged, whatever it re-encodes around it.
 */

import { syncUpdateMessage } from '@reflectiebord/shared'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'

const MARKER = 'T@'
/** `performance.timeOrigin + performance.now()` as 17 characters: 13 digits, a dot, 3 digits. */
const STAMP_WIDTH = 17
const PLACEHOLDER = '0'.repeat(STAMP_WIDTH)
const markerBytes = Buffer.from(MARKER)

export interface PreparedWriter {
  clientId: number
  /** Whole sync-update frames, in the order they must be sent. */
  frames: Buffer[]
  /** Where the stamp's digits start in each frame. */
  stampAt: number[]
}

/** `count` consecutive note moves by one Yjs client. */
export function prepareWriter(clientId: number, count: number): PreparedWriter {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const notes = doc.getMap<unknown>('notes')
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let seq = 0; seq < count; seq++) {
    notes.set(`note-${clientId}`, {
      seq,
      x: (seq * 7) % 1000,
      y: (seq * 13) % 700,
      text: 'Wat neem ik mee uit dit gesprek?',
      sent: `${MARKER}${PLACEHOLDER}`,
    })
  }
  doc.destroy()
  const frames = updates.map((update) => Buffer.from(syncUpdateMessage(update)))
  const stampAt = frames.map((frame) => {
    const at = frame.indexOf(markerBytes)
    if (at < 0) throw new Error('prepared update without its stamp')
    return at + markerBytes.length
  })
  return { clientId, frames, stampAt }
}

/**
 * A copy of a prepared frame with the time now written into its stamp, after `prefix` (a
 * protocol's envelope, see `dialect.ts`) in the same copy.
 */
export function stamped(frame: Buffer, stampAt: number, now: number, prefix?: Buffer): Buffer {
  const offset = prefix?.length ?? 0
  const copy = Buffer.allocUnsafe(offset + frame.length)
  if (prefix) prefix.copy(copy, 0)
  frame.copy(copy, offset)
  copy.write(
    now.toFixed(3).padStart(STAMP_WIDTH, '0').slice(-STAMP_WIDTH),
    offset + stampAt,
    'latin1',
  )
  return copy
}

/**
 * The Yjs client that made the update in a sync-update frame (the first in it, which for a
 * relayed note move is the only one), or null when the frame does not read as one.
 */
export function writerOf(frame: Uint8Array): number | null {
  try {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarUint(decoder) // message type: sync
    decoding.readVarUint(decoder) // sync step: update
    decoding.readVarUint(decoder) // length of the update
    // The update itself: how many clients, then the first client's struct count and its id.
    if (decoding.readVarUint(decoder) === 0) return null
    decoding.readVarUint(decoder)
    return decoding.readVarUint(decoder)
  } catch {
    return null
  }
}

/**
 * Every send time stamped into a received frame (a server may merge several updates into one
 * message), appended to `into`. Returns how many it found.
 */
export function readStamps(frame: Buffer, into: number[]): number {
  let found = 0
  let from = 0
  for (;;) {
    const at = frame.indexOf(markerBytes, from)
    if (at < 0) return found
    const start = at + markerBytes.length
    const value = Number(frame.toString('latin1', start, start + STAMP_WIDTH))
    // The placeholder (all zeros) is a note stored before stamping: never sent by this run.
    if (value > 0) {
      into.push(value)
      found++
    }
    from = start + STAMP_WIDTH
  }
}
