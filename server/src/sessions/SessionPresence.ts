import { ControlMaps, type PersonState } from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import type { Session } from './Session.ts'

/**
 * Who is in one session, from the server's own view of its connections (not from what
 * clients claim in awareness). A person is online while any of their connections is open,
 * so a second tab or the board and control sockets together count once.
 */
export class SessionPresence {
  private readonly session: Session
  private readonly onChange: (
    session: Session,
    person: { publicId: string; name: string },
    online: boolean,
  ) => void
  /** Open connections per public id, on this node. */
  private readonly connections = new Map<string, number>()
  /**
   * With several nodes, people connected to other nodes count too, as session control says
   * (each node writes there who arrives and leaves through it).
   */
  private readonly shared: boolean

  constructor(
    session: Session,
    onChange: (
      session: Session,
      person: { publicId: string; name: string },
      online: boolean,
    ) => void,
    shared = false,
  ) {
    this.session = session
    this.onChange = onChange
    this.shared = shared
  }

  isOnline(publicId: string): boolean {
    if ((this.connections.get(publicId) ?? 0) > 0) return true
    return this.shared && this.onlineElsewhere().has(publicId)
  }

  /** People session control says are online; with several nodes, some are on other nodes. */
  private onlineElsewhere(): Set<string> {
    return new Set(
      this.session
        .read()
        .people.filter((person) => person.online)
        .map((person) => person.publicId),
    )
  }

  /**
   * Public ids of everyone online, here and (with several nodes) on other nodes: read once
   * for a list of people, rather than asking `isOnline` for each.
   */
  everyoneOnline(): Set<string> {
    const online = new Set(this.connections.keys())
    if (this.shared) for (const publicId of this.onlineElsewhere()) online.add(publicId)
    return online
  }

  isEmpty(): boolean {
    return this.connections.size === 0
  }

  /** Everyone online now, facilitators included. */
  peopleOnline(): number {
    return this.shared ? this.everyoneOnline().size : this.connections.size
  }

  /** People online now who came without the facilitator key: the ones the cap counts. */
  participantsOnline(): number {
    if (this.connections.size === 0 && !this.shared) return 0
    const people = new Map(this.session.read().people.map((p) => [p.publicId, p]))
    let count = 0
    for (const publicId of this.everyoneOnline()) {
      if (people.get(publicId)?.role !== 'facilitator') count++
    }
    return count
  }

  join(identity: ConnectionIdentity, now = Date.now()): void {
    const before = this.connections.get(identity.publicId) ?? 0
    this.connections.set(identity.publicId, before + 1)
    if (before === 0) this.write(identity, true, now)
  }

  leave(identity: ConnectionIdentity, now = Date.now()): void {
    const before = this.connections.get(identity.publicId) ?? 0
    if (before === 0) return
    if (before > 1) {
      this.connections.set(identity.publicId, before - 1)
      return
    }
    this.connections.delete(identity.publicId)
    this.write(identity, false, now)
  }

  private write(identity: ConnectionIdentity, online: boolean, now: number): void {
    this.session.change((doc) => {
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
    })
    // Counted after a read of the database; a failure leaves the count until the next change.
    this.session.sealed.recount().catch(() => {})
    this.onChange(this.session, { publicId: identity.publicId, name: identity.displayName }, online)
  }
}
