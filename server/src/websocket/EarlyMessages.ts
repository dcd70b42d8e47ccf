import { CloseCode } from '@reflectiebord/shared'
import type { RawData, WebSocket } from 'ws'

/** More frames than a client sends before its room answers: a flood, not a sync. */
const MAX_EARLY_FRAMES = 256

export type EarlyFrame = [data: RawData, isBinary: boolean]

/**
 * Keeps the frames a client sends while its session and room are read from the database:
 * `ws` drops a message nobody listens to, and the first frames (sync step 1, presence) must
 * reach the room, in order, once it is there.
 */
export class EarlyMessages {
  private readonly socket: WebSocket
  private readonly frames: EarlyFrame[] = []

  constructor(socket: WebSocket) {
    this.socket = socket
    socket.on('message', this.onMessage)
  }

  /** Stops keeping frames and hands over those that came, oldest first. */
  release(): EarlyFrame[] {
    this.socket.off('message', this.onMessage)
    return this.frames.splice(0)
  }

  private readonly onMessage = (data: RawData, isBinary: boolean): void => {
    if (this.frames.length >= MAX_EARLY_FRAMES) {
      this.socket.close(CloseCode.TryAgainLater, 'too many messages before the room was ready')
      return
    }
    this.frames.push([data, isBinary])
  }
}
