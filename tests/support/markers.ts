import { MessageType, SyncMessageType } from '@reflectiebord/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type WebSocket from 'ws'
import * as Y from 'yjs'
import type { RawClient } from './rawClient.ts'
import { type StockClient, waitForSynced } from './stockClient.ts'

/** One connection to the server: a stock y-websocket client or a raw websocket. */
export type Endpoint = StockClient | RawClient

/**
 * A marker on one connection: sends a sync step 1 now and resolves when the server's answer
 * (a sync step 2) arrives on the same socket. Fails after `timeoutMs` with a clear message.
 *
 * What the answer proves follows from how the server works: it handles one connection's
 * messages in order, and before it answers a step 1 it stores and relays every update it
 * has queued (Room.receive flushes first). So once the answer is here:
 * - everything this connection sent before the marker has been handled by the server
 *   (applied and relayed, or refused), and
 * - everything the server relayed to this connection before the marker has arrived, because
 *   one websocket delivers in order.
 */
export async function roundTrip(end: Endpoint, timeoutMs = 10_000): Promise<void> {
  let socket: WebSocket
  let stateVector: Uint8Array
  if ('provider' in end) {
    // Only after the provider's own first step 1 is answered is the next step 2 ours.
    await waitForSynced(end, timeoutMs)
    const ws = end.provider.ws as unknown as WebSocket | null
    if (!ws || !end.provider.wsconnected) throw new Error('the client is not connected')
    socket = ws
    stateVector = Y.encodeStateVector(end.doc)
  } else {
    // A raw client never sends a step 1 of its own: the first step 2 after this one is ours.
    socket = end.socket
    stateVector = Y.encodeStateVector(new Y.Doc())
  }
  if (socket.readyState !== socket.OPEN) throw new Error('the connection is not open')

  let onMessage: ((data: WebSocket.RawData) => void) | undefined
  let timer: NodeJS.Timeout | undefined
  const answered = new Promise<void>((resolve, reject) => {
    onMessage = (data) => {
      if (isSyncStep2(toBytes(data))) resolve()
    }
    socket.on('message', onMessage)
    timer = setTimeout(
      () => reject(new Error('timed out waiting for the server to answer a marker (sync step 1)')),
      timeoutMs,
    )
  })
  try {
    socket.send(syncStep1Frame(stateVector))
    await answered
  } finally {
    clearTimeout(timer)
    if (onMessage) socket.off('message', onMessage)
  }
}

/**
 * Waits until whatever `sender` sent so far has had every chance to reach the `observers`:
 * a marker on the sender's connection (so the server has handled all it sent, and stored
 * and relayed anything it accepted), then one on each observer's connection (so anything
 * relayed to them before has arrived). A test that asserts something did not arrive calls
 * this first, instead of sleeping. For a change made over HTTP, the response is the
 * sender's marker: call `roundTrip` on each observer after it.
 */
export async function afterMarker(sender: Endpoint, observers: Endpoint[]): Promise<void> {
  await roundTrip(sender)
  await Promise.all(observers.map((observer) => roundTrip(observer)))
}

function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Step1)
  encoding.writeVarUint8Array(encoder, stateVector)
  return encoding.toUint8Array(encoder)
}

function isSyncStep2(message: Uint8Array): boolean {
  if (message.length < 2) return false
  const decoder = decoding.createDecoder(message)
  return (
    decoding.readVarUint(decoder) === MessageType.Sync &&
    decoding.readVarUint(decoder) === SyncMessageType.Step2
  )
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
