import { ControlMaps, type PersonState } from '@reflectiebord/shared'
import type { ConnectionIdentity } from '../rooms/Connection.ts'
import type { PresenceDirectory } from './PresenceDirectory.ts'
import type { Session } from './Session.ts'

type PresenceListener = (
  session: Session,
  person: { publicId: string; name: string },
  online: boolean,
) => void

type Person = Pick<ConnectionIdentity, 'publicId' | 'displayName' | 'role'>

/**
 * Who is in one session, from the servers' own view of their connections (not from what
 * clients claim in awareness). A person is online while any of their connections is open,
 * so a second tab or the board and control sockets together count once.
 *
 * One node writes session control as its connections open and close. With several nodes a
 * person may be connected through two of them at once, and a node may die holding people:
 * each node then publishes its connections in the directory, and session control is brought
 * in line with the directory under the session's lock, on every arrival and departure and on
 * a regular sweep (which notices a dead node's people once its entry has expired).
 */
export class SessionPresence {
  private readonly session: Session
  private readonly onChange: PresenceListener
  /** Open connections per public id, on this node. */
  private readonly connections = new Map<string, number>()
  /** With several nodes: where each node says who is connected through it. */
  private readonly directory: PresenceDirectory | undefined
  /** With several nodes: who arrived here and is not yet written, with their name and role. */
  private readonly arriving = new Map<string, ConnectionIdentity>()
  private sweeping: Promise<void> | undefined

  constructor(session: Session, onChange: PresenceListener, directory?: PresenceDirectory) {
    this.session = session
    this.onChange = onChange
    this.directory = directory
  }

  isOnline(publicId: string): boolean {
    if ((this.connections.get(publicId) ?? 0) > 0) return true
    return this.directory !== undefined && this.onlineInControl().has(publicId)
  }

  /** People session control says are online; with several nodes, some are on other nodes. */
  private onlineInControl(): Set<string> {
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
    if (this.directory) for (const publicId of this.onlineInControl()) online.add(publicId)
    return online
  }

  isEmpty(): boolean {
    return this.connections.size === 0
  }

  /** Everyone online now, facilitators included. */
  peopleOnline(): number {
    return this.directory ? this.everyoneOnline().size : this.connections.size
  }

  /** People online now who came without the facilitator key: the ones the cap counts. */
  participantsOnline(): number {
    if (this.connections.size === 0 && !this.directory) return 0
    const people = new Map(this.session.read().people.map((p) => [p.publicId, p]))
    let count = 0
    for (const publicId of this.everyoneOnline()) {
      if (people.get(publicId)?.role !== 'facilitator') count++
    }
    return count
  }

  /**
   * A connection opened. One node writes session control at once; with several nodes this
   * resolves once session control says so.
   */
  join(identity: ConnectionIdentity, now = Date.now()): Promise<void> {
    const before = this.connections.get(identity.publicId) ?? 0
    this.connections.set(identity.publicId, before + 1)
    if (before > 0) return Promise.resolve()
    if (!this.directory) {
      this.write(identity, true, now)
      return Promise.resolve()
    }
    this.arriving.set(identity.publicId, identity)
    return this.publish(this.directory)
  }

  leave(identity: ConnectionIdentity, now = Date.now()): Promise<void> {
    const before = this.connections.get(identity.publicId) ?? 0
    if (before === 0) return Promise.resolve()
    if (before > 1) {
      this.connections.set(identity.publicId, before - 1)
      return Promise.resolve()
    }
    this.connections.delete(identity.publicId)
    if (!this.directory) {
      this.write(identity, false, now)
      return Promise.resolve()
    }
    return this.publish(this.directory)
  }

  /**
   * One node, when session control was just loaded: nobody can be connected through a server
   * that had it unloaded, so anyone it still shows online was left so by a crash.
   */
  settleAfterLoad(now = Date.now()): void {
    if (this.directory) return
    for (const person of this.session.read().people) {
      if (person.online && !this.connections.has(person.publicId)) {
        this.write(
          { publicId: person.publicId, displayName: person.name, role: person.role },
          false,
          now,
        )
      }
    }
  }

  /**
   * With several nodes: brings session control in line with the directory if it is not (a
   * node died, or a write failed while Redis was away). Cheap when nothing differs.
   */
  sweep(now = Date.now()): Promise<void> {
    const directory = this.directory
    if (!directory) return Promise.resolve()
    // One at a time: a sweep waiting for the session's lock is not joined by more.
    this.sweeping ??= this.sweepNow(directory, now).finally(() => {
      this.sweeping = undefined
    })
    return this.sweeping
  }

  private async sweepNow(directory: PresenceDirectory, now: number): Promise<void> {
    const online = await this.connectedAnywhere(directory)
    if (this.arriving.size > 0 || this.differences(online, now).length > 0) {
      await this.reconcile(directory, now)
    }
  }

  /**
   * A connection closed but its departure cannot be written (the session was deleted, or the
   * database did not answer): it stops counting here, without a write. With several nodes the
   * directory hears of it (unless the session was deleted), so the sweep sets session control
   * right once it can.
   */
  forget(identity: ConnectionIdentity, { deleted = false } = {}): Promise<void> {
    const before = this.connections.get(identity.publicId) ?? 0
    if (before > 1) this.connections.set(identity.publicId, before - 1)
    else this.connections.delete(identity.publicId)
    // A deleted session's entries are taken back as a whole (see deleteSession).
    if (!this.directory || before !== 1 || deleted) return Promise.resolve()
    return this.directory.publish(this.session.id, [...this.connections.keys()])
  }

  private async publish(directory: PresenceDirectory): Promise<void> {
    await directory.publish(this.session.id, [...this.connections.keys()])
    await this.reconcile(directory, Date.now())
  }

  /**
   * Under the session's lock, so that two nodes never write one person's entry from different
   * readings: session control caught up, the directory read, the differences written and
   * stored before the lock goes.
   */
  private reconcile(directory: PresenceDirectory, now: number): Promise<void> {
    return this.session.withLock(async () => {
      await this.session.catchUp()
      const online = await this.connectedAnywhere(directory)
      const arrived = [...this.arriving.values()]
      for (const identity of arrived) {
        if (this.arriving.get(identity.publicId) === identity) {
          this.arriving.delete(identity.publicId)
        }
      }
      const changes = this.differences(online, now, arrived)
      if (changes.length === 0) return
      this.session.change((doc) => {
        const people = doc.getMap<PersonState>(ControlMaps.people)
        for (const person of changes) people.set(person.publicId, person)
      })
      // Counted after a read of the database; a failure leaves the count until the next change.
      this.session.sealed.recount().catch(() => {})
      for (const person of changes) {
        this.onChange(this.session, { publicId: person.publicId, name: person.name }, person.online)
      }
      await this.session.stored()
    })
  }

  private async connectedAnywhere(directory: PresenceDirectory): Promise<Set<string>> {
    const online = await directory.online(this.session.id)
    // This node's own people count even if the directory lost them (Redis restarted empty);
    // the next renewal puts them back.
    for (const publicId of this.connections.keys()) online.add(publicId)
    return online
  }

  /** The entries of session control that `online` says are wrong, as they should be. */
  private differences(
    online: ReadonlySet<string>,
    now: number,
    arrived: readonly ConnectionIdentity[] = [],
  ): PersonState[] {
    const people = new Map(this.session.read().people.map((person) => [person.publicId, person]))
    const changes = new Map<string, PersonState>()
    for (const identity of arrived) {
      if (online.has(identity.publicId)) {
        changes.set(identity.publicId, entry(identity, people.get(identity.publicId), true, now))
      }
    }
    for (const person of people.values()) {
      const shouldBe = online.has(person.publicId)
      if (person.online !== shouldBe && !changes.has(person.publicId)) {
        changes.set(person.publicId, { ...person, online: shouldBe, lastSeen: now })
      }
    }
    return [...changes.values()]
  }

  private write(identity: Person, online: boolean, now: number): void {
    this.session.change((doc) => {
      const people = doc.getMap<PersonState>(ControlMaps.people)
      people.set(identity.publicId, entry(identity, people.get(identity.publicId), online, now))
    })
    // Counted after a read of the database; a failure leaves the count until the next change.
    this.session.sealed.recount().catch(() => {})
    this.onChange(this.session, { publicId: identity.publicId, name: identity.displayName }, online)
  }
}

/** A person's entry in session control as of an arrival or departure. */
function entry(
  identity: Person,
  known: PersonState | undefined,
  online: boolean,
  now: number,
): PersonState {
  return {
    publicId: identity.publicId,
    name: identity.displayName,
    // Whoever once came with the key stays facilitator; rights given stay until taken back.
    role: known?.role === 'facilitator' ? 'facilitator' : identity.role,
    coFacilitator: known?.coFacilitator ?? false,
    online,
    lastSeen: now,
  }
}
