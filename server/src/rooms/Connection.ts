import { CloseCode } from '@reflectiebord/shared'
import type { WebSocket } from 'ws'
import { type Corkable, sendBatch } from './SendBatch.ts'

export type Role = 'facilitator' | 'participant'

export interface ConnectionIdentity {
  /** Stable per browser (kept in localStorage), so a second tab or a reconnect is the same person. */
  participantId: string
  /** What others may know of the participant id (see `publicParticipantId`). */
  publicId: string
  displayName: string
  role: Role
}

/** One websocket in one room, with who it speaks for. */
export class Connection {
  readonly socket: WebSocket
  readonly identity: ConnectionIdentity
  /** Awareness client ids this connection has announced; removed when it leaves. */
  readonly awarenessClients = new Set<number>()
  /** Cleared on every ping, set by every pong: a connection that stays false is dead. */
  alive = true
  /** When the room last asked this client for updates it lacks (see Room.askForMissing). */
  lastResyncRequest = 0
  private readonly maxBufferedBytes: number
  /** The TCP socket under the websocket, when known: its frames of a turn go out in one write. */
  private readonly transport: Corkable | undefined

  constructor(
    socket: WebSocket,
    identity: ConnectionIdentity,
    maxBufferedBytes: number,
    transport?: Corkable,
  ) {
    this.socket = socket
    this.identity = identity
    this.maxBufferedBytes = maxBufferedBytes
    this.transport = transport
  }

  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN
  }

  /**
   * Sends a binary message. A client that has stopped reading would make its queue grow
   * without bound, so past the limit it is disconnected instead (it resyncs on reconnect).
   */
  send(message: Uint8Array): void {
    if (!this.open) return
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.close(CloseCode.TryAgainLater, 'too slow: send queue full')
      return
    }
    if (this.transport) sendBatch.hold(this.transport)
    this.socket.send(message, { binary: true })
  }

  close(code: number, reason: string): void {
    if (
      this.socket.readyState === this.socket.CLOSED ||
      this.socket.readyState === this.socket.CLOSING
    ) {
      return
    }
    // Close reasons are limited to 123 bytes by RFC 6455.
    this.socket.close(code, reason.slice(0, 120))
  }
}
