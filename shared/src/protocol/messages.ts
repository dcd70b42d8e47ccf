import * as encoding from 'lib0/encoding'
import { MessageType, SyncMessageType } from './messageTypes.ts'

/** Encoders of y-websocket messages; one place, so every message has the same framing. */
export function syncStep1Message(stateVector: Uint8Array): Uint8Array {
  return syncMessage(SyncMessageType.Step1, stateVector)
}

export function syncStep2Message(update: Uint8Array): Uint8Array {
  return syncMessage(SyncMessageType.Step2, update)
}

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  return syncMessage(SyncMessageType.Update, update)
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

function syncMessage(type: SyncMessageType, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}
