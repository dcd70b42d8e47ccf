import { type ControlState, readControlState, SessionDocument } from '@reflectiebord/shared'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { followBrowserNetwork } from '../board/followBrowserNetwork.ts'
import { isPermanentRefusal } from '../board/refusals.ts'
import { createSessionProvider } from '../board/sessionProvider.ts'

export interface ControlConnectionOptions {
  sessionId: string
  displayName: string
  participantId: string
  facilitatorKey: string | null
  /** The server closed the control socket for good (session full, not found, ...). */
  onRefused(code: number): void
  /** Control state changed: called once per update with the whole state, read afresh. */
  onState(state: ControlState): void
}

/**
 * Session control, read-only: a second Yjs document (`<id>/control`) on a second stock
 * provider for the same person as the board (each of its connections with its own ticket). We never write to it (the server would
 * drop the write anyway); facilitators change it through commands. It keeps no local
 * copy: control state without the server is stale state, and the board works without it.
 */
export class ControlConnection {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  private readonly cleanups: Array<() => void> = []
  private refused = false

  constructor({
    sessionId,
    displayName,
    participantId,
    facilitatorKey,
    onRefused,
    onState,
  }: ControlConnectionOptions) {
    this.provider = createSessionProvider(
      { sessionId, displayName, participantId, facilitatorKey },
      SessionDocument.Control,
      this.doc,
    )

    // Read once per update, not once per reader: readers share one snapshot object.
    const onUpdate = () => onState(readControlState(this.doc))
    this.doc.on('update', onUpdate)
    this.cleanups.push(() => this.doc.off('update', onUpdate))

    const onClose = (event: CloseEvent | null) => {
      if (!event || !isPermanentRefusal(event.code)) return
      this.refused = true
      this.provider.disconnect()
      onRefused(event.code)
    }
    this.provider.on('connection-close', onClose)
    this.cleanups.push(() => this.provider.off('connection-close', onClose))
    // Also connects now, if the browser is online.
    this.cleanups.push(followBrowserNetwork(this.provider, () => !this.refused))
  }

  destroy(): void {
    for (const cleanup of this.cleanups.reverse()) cleanup()
    this.provider.destroy()
    this.doc.destroy()
  }
}
