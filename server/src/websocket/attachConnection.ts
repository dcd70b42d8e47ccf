import { CloseCode, parseClientFrame } from '@reflectiebord/shared'
import type { RawData, WebSocket } from 'ws'
import type { Logger } from '../logger.ts'
import { Connection, type ConnectionIdentity } from '../rooms/Connection.ts'
import type { Room } from '../rooms/Room.ts'
import type { Corkable } from '../rooms/SendBatch.ts'
import type { EarlyFrame } from './EarlyMessages.ts'

/**
 * Wires one accepted websocket to its room: every frame is parsed and checked before the
 * room sees it, and a bad frame costs only the connection that sent it.
 */
export function attachConnection(
  socket: WebSocket,
  room: Room,
  identity: ConnectionIdentity,
  options: {
    maxBufferedBytes: number
    logger: Logger
    /** The TCP socket the websocket runs on (see `SendBatch`). */
    transport?: Corkable
  },
  /** Frames that came while the room loaded; handled right after the room's greeting. */
  early: readonly EarlyFrame[] = [],
): Connection {
  const { logger } = options
  const conn = new Connection(socket, identity, options.maxBufferedBytes, options.transport)

  const onMessage = (data: RawData, isBinary: boolean): void => {
    if (!isBinary) {
      conn.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol')
      return
    }
    const parsed = parseClientFrame(toBytes(data))
    if (!parsed.ok) {
      logger.warn('malformed frame; closing connection', {
        room: room.name,
        reason: parsed.error.reason,
      })
      conn.close(CloseCode.MalformedMessage, `malformed message: ${parsed.error.reason}`)
      return
    }
    try {
      room.receive(conn, parsed.frame)
    } catch (err) {
      // Parsed but refused by Yjs: the sender is at fault, not the room.
      logger.warn('frame refused by yjs; closing connection', {
        room: room.name,
        error: String(err),
      })
      conn.close(CloseCode.MalformedMessage, 'malformed message: update refused')
    }
  }
  socket.on('message', onMessage)
  socket.on('pong', () => {
    conn.alive = true
  })
  socket.on('close', (code: number, reason: Buffer) => {
    logger.debug('connection closed', { room: room.name, code, reason: reason.toString('utf8') })
    room.leave(conn)
  })
  socket.on('error', (err: Error) => {
    // ws has already closed the socket (e.g. 1009 for an oversized frame); note why.
    logger.info('websocket error', { room: room.name, error: err.message })
  })

  room.join(conn)
  for (const [data, isBinary] of early) onMessage(data, isBinary)
  return conn
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
