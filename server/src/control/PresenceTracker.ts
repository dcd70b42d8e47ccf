import { ControlMaps, type PersonState } from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import { giveSpot } from './dreamSpots.ts'
import type { SessionControl } from './SessionControl.ts'

/**
 * Who is in each session, from the server's own view of its connections (not from what
 * clients claim in awareness). A person is online while any of their connections is open,
 * so a second tab or the board and control sockets together count once.
 */
export class PresenceTracker {
  private readonly control: SessionControl
  private readonly connections = new Map<string, Map<string, number>>()

  constructor(control: SessionControl) {
    this.control = control
  }

  isOnline(sessionId: string, publicId: string): boolean {
    return (this.connections.get(sessionId)?.get(publicId) ?? 0) > 0
  }

  /** People online now who came without the facilitator key: the ones the cap counts. */
  participantsOnline(sessionId: string): number {
    const online = this.connections.get(sessionId)
    if (!online) return 0
    const people = new Map(this.control.read(sessionId).people.map((p) => [p.publicId, p]))
    let count = 0
    for (const [publicId, n] of online) {
      if (n > 0 && people.get(publicId)?.role !== 'facilitator') count++
    }
    return count
  }

  /** Drops what is known of a deleted session; its connections are closing without writes. */
  forget(sessionId: string): void {
    this.connections.delete(sessionId)
  }

  join(sessionId: string, identity: ConnectionIdentity, now = Date.now()): void {
    const online = this.connections.get(sessionId) ?? new Map<string, number>()
    this.connections.set(sessionId, online)
    const before = online.get(identity.publicId) ?? 0
    online.set(identity.publicId, before + 1)
    if (before === 0) this.write(sessionId, identity, true, now)
  }

  leave(sessionId: string, identity: ConnectionIdentity, now = Date.now()): void {
    const online = this.connections.get(sessionId)
    const before = online?.get(identity.publicId) ?? 0
    if (!online || before === 0) return
    if (before > 1) {
      online.set(identity.publicId, before - 1)
      return
    }
    online.delete(identity.publicId)
    if (online.size === 0) this.connections.delete(sessionId)
    this.write(sessionId, identity, false, now)
  }

  private write(
    sessionId: string,
    identity: ConnectionIdentity,
    online: boolean,
    now: number,
  ): void {
    this.control.change(sessionId, (doc) => {
      const people = doc.getMap<PersonState>(ControlMaps.people)
      const known = people.get(identity.publicId)
      people.set(identity.publicId, {
        publicId: identity.publicId,
        name: identity.displayName,
        // Whoever once came with the key stays facilitator; rights given stay until taken back.
        role: known?.role === 'facilitator' ? 'facilitator' : identity.role,
        coFacilitator: known?.coFacilitator ?? false,
        online,
        lastSeen: now,
      })
      // Someone arriving while Dromen met beelden runs gets a spot of their own at once.
      if (online) giveSpot(doc, { publicId: identity.publicId, name: identity.displayName })
    })
  }
}
