/** What `SendBatch` needs of a socket: Node's writable cork and uncork. */
export interface Corkable {
  cork(): void
  uncork(): void
}

/**
 * Frames sent to one socket in one event-loop turn leave in one write. Without it every frame
 * is its own system call (ws corks and uncorks around each), and at twenty people per room a
 * cursor or a note move is nineteen of them; the write calls were the largest single cost of
 * the server's main thread. A socket is corked at its first frame of the turn and uncorked in
 * the check phase right after the I/O that produced the frames, so nothing waits longer than
 * the rest of that turn.
 */
export class SendBatch {
  private readonly corked = new Set<Corkable>()
  private flushTask: NodeJS.Immediate | undefined

  /** Call before writing to `socket`: holds its writes until the end of this turn. */
  hold(socket: Corkable): void {
    if (this.corked.has(socket)) return
    socket.cork()
    this.corked.add(socket)
    this.flushTask ??= setImmediate(() => this.flush())
  }

  /** Writes out everything held. */
  flush(): void {
    if (this.flushTask) {
      clearImmediate(this.flushTask)
      this.flushTask = undefined
    }
    const sockets = [...this.corked]
    this.corked.clear()
    for (const socket of sockets) socket.uncork()
  }
}

/** One per process: every connection's frames of a turn go out together at its end. */
export const sendBatch = new SendBatch()
