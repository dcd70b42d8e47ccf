import { MessageType, SyncMessageType } from '@reflectiebord/shared'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'

export interface RawClient {
  socket: WebSocket
  /** Every binary message received, in order. */
  received: Uint8Array[]
  send(data: Uint8Array | string): void
  /** Resolves with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>
  close(): void
}

/**
 * A bare websocket that speaks whatever bytes a test gives it: used to send what no
 * well-behaved client would and to record exactly what the server sends back.
 */
export async function connectRaw(url: string): Promise<RawClient> {
  const socket = new WebSocket(url)
  const received: Uint8Array[] = []
  socket.binaryType = 'nodebuffer'
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }))
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
    // A refused connection may close before it opens; settle either way.
    socket.once('close', () => resolve())
  })
  return {
    socket,
    received,
    send: (data) => socket.send(data),
    closed,
    close: () => socket.close(),
  }
}

/** Waits for the close, failing after `timeoutMs` so a test never hangs on a socket. */
export async function closeOf(
  client: RawClient,
  timeoutMs = 5000,
): Promise<{ code: number; reason: string }> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('the server did not close the connection')),
      timeoutMs,
    )
  })
  try {
    return await Promise.race([client.closed, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** A y-websocket sync update message carrying `update`, as a client would send it. */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, SyncMessageType.Update)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}
