/**
 * The few y-websocket frames a light load client needs: the protocol's own encoders
 * (`shared/src/protocol/messages.ts`) around an empty document, and a reader of a frame's
 * kind. No Y.Doc on the receiving side: a receiver only finds the send time a writer stamped
 * into its update (see `preparedNotes.ts`).
 */
import {
  awarenessMessage,
  encodeAwarenessEntries,
  MessageType,
  syncStep1Message,
  syncStep2Message,
} from '@reflectiebord/shared'
import * as decoding from 'lib0/decoding'

/** "Send me everything": sync step 1 with the state vector of an empty document. */
export function emptyStep1(): Uint8Array {
  return syncStep1Message(new Uint8Array([0]))
}

/** "I have nothing you lack": sync step 2 with an empty update (no structs, no deletions). */
export function emptyStep2(): Uint8Array {
  return syncStep2Message(new Uint8Array([0, 0]))
}

/** One client's presence (an awareness update with a single entry), as a frame. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  return awarenessMessage(
    encodeAwarenessEntries([{ clientId, clock, state: JSON.stringify(state) }]),
  )
}

/** The message type and, for sync messages, the sync step of a frame; null when unreadable. */
export function frameKind(frame: Uint8Array): { type: number; step: number | null } | null {
  try {
    const decoder = decoding.createDecoder(frame)
    const type = decoding.readVarUint(decoder)
    return { type, step: type === MessageType.Sync ? decoding.readVarUint(decoder) : null }
  } catch {
    return null
  }
}
