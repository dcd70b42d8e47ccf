import {
  type AwarenessEntry,
  awarenessEntriesOf,
  awarenessMessage,
  bindEntryIdentity,
  type ClientFrame,
  CloseCode,
  encodeAwarenessEntries,
  syncStep1Message,
  syncStep2Message,
  syncUpdateMessage,
} from '@reflectiebord/shared'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { BusEntry, DocumentBus, DocumentFeed } from '../cluster/DocumentBus.ts'
import { HighWaterMark, SeqWatermark, type StoredRows } from '../cluster/SeqWatermark.ts'
import type { Logger } from '../logger.ts'
import type { LoadedDocument, Store } from '../persistence/Store.ts'
import { Connection } from './Connection.ts'

/** Whether a connection's document updates may change this room right now. */
export type WritePolicy = (conn: Connection) => boolean

export interface RoomOptions {
  compactEvery: number
  idleMs: number
  logger: Logger
  /**
   * Refused updates are dropped and logged, never applied. Session control refuses every
   * client; a closed session's board refuses everyone until it reopens.
   */
  acceptsUpdatesFrom: WritePolicy
  /**
   * Called once the room has let go of its document, so its owner can forget it. `stored`
   * settles when the room's last writes are done: a new room of the same name loads after it.
   */
  onUnloaded(room: Room, stored: Promise<void>): void
  /**
   * Called on every change to the document, from a client or the server (not on loading it):
   * the session's last activity. Must be cheap; it runs inside Yjs's update event.
   */
  onChanged?(room: Room): void
  /** Called, besides `onChanged`, when the change came from rows another node stored. */
  onChangedElsewhere?(room: Room): void
  /** Another node deleted the session this room belongs to. */
  onDeletedElsewhere?(room: Room): void
  /**
   * With several nodes: the bus to other nodes and this document's feed from it (followed
   * before the document was loaded, so nothing stored after the load is missed).
   */
  cluster?: { bus: DocumentBus; feed: DocumentFeed }
}

/** Awareness client ids one person may own in a room at once (one per open tab). */
export const MAX_AWARENESS_IDS_PER_PERSON = 16

/** Transaction origin of changes the server makes itself (session control). */
export const SERVER_ORIGIN = Symbol('reflectiebord:server')

/** Transaction origin of rows another node stored: relayed here, never stored again. */
export const STORED_ELSEWHERE = Symbol('reflectiebord:stored-elsewhere')

/**
 * How long a hole in the sequence numbers may stay before the room reads the missing rows
 * from the database: entries of two nodes may cross on the bus, which fills most holes soon.
 */
const GAP_WAIT_MS = 250

/** At most one "send me what I lack" per connection per this many milliseconds. */
const RESYNC_INTERVAL_MS = 2000

interface PendingUpdate {
  update: Uint8Array
  /** The connection the update came from; it already has it, so it is not echoed back. */
  origin: Connection | null
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Makes a server change inside a database transaction and gives its updates; `missed` are rows
 * other nodes stored that the transaction found, taken in first.
 */
export type ApplyChange = (
  work: (doc: Y.Doc) => void,
  missed?: readonly { seq: number; update: Uint8Array }[],
) => Uint8Array[]

/**
 * How a server change is stored together with other writes (see `changeStoredWith`): `since`
 * is how far this room's memory goes without a hole, for the transaction to read what is after.
 */
export type StoreWith = (apply: ApplyChange, since: number) => Promise<number>

/**
 * One Yjs document shared by the connections in it, and the rule that keeps it safe:
 * an update reaches another client only after it is in the database.
 *
 * Updates are applied to the in-memory document as they arrive; Yjs then reports the part
 * that was new, which is queued. The queue is written in one transaction at the end of the
 * event-loop turn (group commit) and only then relayed. Writes go one after another through
 * one chain (`writes`), so batches are stored and relayed in the order they were made.
 * Anything that hands document state to a client (a sync step 2) is sent only once every
 * write of that state has resolved, so unstored state never leaves.
 */
export class Room {
  readonly name: string
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness: awarenessProtocol.Awareness
  private readonly store: Store
  private readonly options: RoomOptions
  private readonly connections = new Set<Connection>()
  /**
   * The person (public id) that owns each awareness client id ever used here (see `mayApply`).
   * In memory only and gone when the room unloads; it grows with the client ids announced,
   * as the awareness's own `meta` does.
   */
  private readonly awarenessOwners = new Map<number, string>()
  private pending: PendingUpdate[] = []
  /** The last write under way (or done); the next one starts after it. */
  private writes: Promise<void> = Promise.resolve()
  /** The database refused a write: nothing more is written or relayed from this room. */
  private failed = false
  private flushTask: NodeJS.Immediate | undefined
  private compactionTask: NodeJS.Timeout | undefined
  private idleTimer: NodeJS.Timeout | undefined
  /** Users without a connection that keep the room in memory (see `hold`). */
  private holds = 0
  /** Which stored rows of this document are in memory (see `SeqWatermark`). */
  private readonly rows: StoredRows
  private gapTimer: NodeJS.Timeout | undefined
  /** A catch-up from the database under way, and whether another is wanted after it. */
  private catchingUp: Promise<void> | null = null
  private catchUpAgain = false
  private rowsSinceCompaction = 0
  private unloaded = false

  /** A room over what was loaded from the store (see `RoomRegistry.open`): whole from the start. */
  constructor(name: string, store: Store, loaded: LoadedDocument, options: RoomOptions) {
    this.name = name
    this.store = store
    this.options = options
    const { updates, lastSeq } = loaded
    if (updates.length > 0) Y.applyUpdate(this.doc, Y.mergeUpdates(updates))
    this.rows = options.cluster ? new SeqWatermark(lastSeq) : new HighWaterMark(lastSeq)
    this.rowsSinceCompaction = updates.length > 1 ? updates.length : 0
    this.awareness = new awarenessProtocol.Awareness(this.doc)
    // The server is not a participant: it has no presence of its own.
    this.awareness.setLocalState(null)
    // Listening only after loading keeps stored updates from being stored again.
    this.doc.on('update', this.onDocUpdate)
    this.awareness.on('update', this.onAwarenessUpdate)
    if (this.rowsSinceCompaction >= options.compactEvery) this.scheduleCompaction()
    options.cluster?.feed.attach({
      entry: (entry) => this.receiveFromBus(entry),
      resume: () => this.resumeAfterBus(),
    })
  }

  get size(): number {
    return this.connections.size
  }

  get isUnloaded(): boolean {
    return this.unloaded
  }

  join(conn: Connection): void {
    clearTimeout(this.idleTimer)
    this.idleTimer = undefined
    this.connections.add(conn)
    // Our step 1 asks the client for what we lack; its own step 1 (answered in `receive`)
    // asks us for what it lacks. Both directions are needed after offline work.
    conn.send(syncStep1Message(Y.encodeStateVector(this.doc)))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      conn.send(
        awarenessMessage(
          awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()]),
        ),
      )
    }
  }

  leave(conn: Connection): void {
    if (!this.connections.delete(conn)) return
    if (conn.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessClients], null)
    }
    if (this.connections.size === 0 && !this.unloaded) {
      void this.flush()
      this.keepAliveBriefly()
    }
  }

  /**
   * Keeps the room in memory while something without a connection uses it (a request that
   * waits for the database, session control of a board connection); call what it returns to
   * let go.
   */
  hold(): () => void {
    this.holds += 1
    clearTimeout(this.idleTimer)
    this.idleTimer = undefined
    let released = false
    return () => {
      if (released) return
      released = true
      this.holds -= 1
      this.keepAliveBriefly()
    }
  }

  /** Handles one validated frame from a connection in this room. */
  receive(conn: Connection, frame: ClientFrame): void {
    switch (frame.kind) {
      case 'sync-step1': {
        // Everything in the document now is queued or being written; the answer leaves once
        // all of it is stored.
        const answer = syncStep2Message(Y.encodeStateAsUpdate(this.doc, frame.stateVector))
        void this.flush().then(() => {
          if (!this.failed) conn.send(answer)
        })
        return
      }
      case 'sync-step2':
      case 'sync-update':
        if (!this.options.acceptsUpdatesFrom(conn)) {
          this.refuseUpdate(conn, frame.update)
          return
        }
        Y.applyUpdate(this.doc, frame.update, conn)
        this.askForMissing(conn)
        return
      case 'awareness': {
        // Ids this frame speaks for show a presence once it is applied, not yet while checked.
        const speaking = new Set<number>()
        const own = frame.entries.filter((entry) => this.mayApply(conn, entry, speaking))
        if (own.length === 0) return
        // Whatever identity a presence claims, it is the sender's (see bindPresenceIdentity).
        const bound = own.map((entry) => bindEntryIdentity(entry, conn.identity))
        const unchanged =
          bound.length === frame.entries.length &&
          bound.every((entry, i) => entry === frame.entries[i])
        const update = unchanged ? frame.update : encodeAwarenessEntries(bound)
        awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn)
        return
      }
      case 'query-awareness':
        conn.send(
          awarenessMessage(
            awarenessProtocol.encodeAwarenessUpdate(this.awareness, [
              ...this.awareness.getStates().keys(),
            ]),
          ),
        )
        return
    }
  }

  /** Applies a change made by the server itself (session control); stored and relayed as usual. */
  change(work: (doc: Y.Doc) => void): void {
    this.doc.transact(() => work(this.doc), SERVER_ORIGIN)
    this.keepAliveBriefly()
  }

  /**
   * A server change whose update is stored in the same database transaction as other writes
   * (a sealed submission and the count everyone sees): `write` runs that transaction and calls
   * `apply` inside it to make the change and get its updates. Both are stored, or neither.
   * Relayed after the commit, like every update. False when the database refused; the room
   * then closes, so no state that is not on disk stays in memory.
   */
  async changeStoredWith(write: StoreWith): Promise<boolean> {
    if (this.unloaded) return false
    // Earlier updates go first, in their own transaction, so the order stays the order made.
    void this.flush()
    let stored = false
    await this.enqueueWrite(async () => {
      let batch: PendingUpdate[] = []
      const apply: ApplyChange = (work, missed = []) => {
        if (this.unloaded) throw new Error(`room ${this.name} was unloaded`)
        this.takeIn(missed)
        const before = this.pending.length
        this.doc.transact(() => work(this.doc), SERVER_ORIGIN)
        batch = this.pending.splice(before)
        return batch.map((item) => item.update)
      }
      const lastSeq = await write(apply, this.rows.through)
      if (batch.length > 0) this.stored(batch, lastSeq)
      this.rowsSinceCompaction += batch.length
      this.relay(batch)
      stored = true
    })
    this.keepAliveBriefly()
    return stored
  }

  /**
   * A room opened by the server for its own write, with nobody connected, must still unload:
   * the idle timer normally starts when the last connection leaves.
   */
  keepAliveBriefly(): void {
    if (this.connections.size > 0 || this.holds > 0 || this.unloaded) return
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => this.unload(), this.options.idleMs)
    this.idleTimer.unref()
  }

  /**
   * Writes queued updates in one transaction, then relays them. Safe to call at any time;
   * settles when every write queued so far is done (whether it succeeded or not).
   */
  flush(): Promise<void> {
    if (this.flushTask) {
      clearImmediate(this.flushTask)
      this.flushTask = undefined
    }
    if (this.pending.length === 0 || this.failed) return this.writes
    const batch = this.pending
    this.pending = []
    // Counted when queued, so a compaction asked for now knows there is something to do.
    this.rowsSinceCompaction += batch.length
    return this.enqueueWrite(async () => {
      const lastSeq = await this.store.appendUpdates(
        this.name,
        batch.map((item) => item.update),
      )
      this.stored(batch, lastSeq)
      this.relay(batch)
    })
  }

  /** A batch is committed as rows up to `lastSeq`: in memory, and told to the other nodes. */
  private stored(batch: readonly PendingUpdate[], lastSeq: number): void {
    const from = lastSeq - batch.length + 1
    this.rows.record(from, lastSeq)
    const cluster = this.options.cluster
    if (!cluster) return
    const update =
      batch.length === 1 && batch[0]
        ? batch[0].update
        : Y.mergeUpdates(batch.map((item) => item.update))
    cluster.bus.publish(this.name, { kind: 'update', from, to: lastSeq, update })
  }

  /**
   * Runs `write` after the writes before it. A failure closes the room (`failStorage`) and
   * skips every write after it: what they hold was never relayed, and clients send it again.
   */
  private enqueueWrite(write: () => Promise<void>): Promise<void> {
    this.writes = this.writes.then(async () => {
      if (this.failed) return
      try {
        await write()
      } catch (err) {
        this.failStorage(err)
      }
    })
    return this.writes
  }

  /** Sends stored updates to everyone but their sender. */
  private relay(batch: readonly PendingUpdate[]): void {
    for (const { update, origin } of batch) {
      const message = syncUpdateMessage(update)
      for (const conn of this.connections) if (conn !== origin) conn.send(message)
    }
    if (this.rowsSinceCompaction >= this.options.compactEvery) this.scheduleCompaction()
  }

  /** Replaces the stored log by one snapshot of the document, after what is queued. */
  compact(): Promise<void> {
    clearTimeout(this.compactionTask)
    this.compactionTask = undefined
    void this.flush()
    if (this.failed) return this.writes
    const rows = this.rowsSinceCompaction
    if (rows === 0 || this.unloaded) return this.writes
    // Taken now, with everything queued before in it: after an unload the document is gone.
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    this.writes = this.writes.then(async () => {
      if (this.failed) return
      try {
        // Only rows known to be in memory (and so in the snapshot) may be replaced by it:
        // with several nodes, rows of others above a hole are not yet.
        const seq = await this.store.compact(this.name, snapshot, this.rows.through)
        this.rows.record(seq, seq)
        this.options.cluster?.bus.publish(this.name, { kind: 'compacted', seq })
        this.rowsSinceCompaction -= rows
      } catch (err) {
        // The log is still whole (compaction is one transaction); try again later.
        this.options.logger.error('compaction failed', { room: this.name, error: String(err) })
      }
    })
    return this.writes
  }

  /** Closes every connection (e.g. at shutdown) after storing what is queued. */
  async closeAll(code: number, reason: string): Promise<void> {
    await this.flush()
    for (const conn of this.connections) conn.close(code, reason)
  }

  /**
   * Closes every connection and lets go of the document without storing anything more: a
   * write not yet started is dropped. Settles when a write already under way is done.
   */
  discard(code: number, reason: string): Promise<void> {
    if (this.unloaded) return this.writes
    this.failed = true
    this.pending = []
    for (const conn of this.connections) conn.close(code, reason)
    this.connections.clear()
    this.release(this.writes)
    return this.writes
  }

  /**
   * Lets go of the document at once (a new room of the same name waits for the writes) and
   * stores and compacts what it held; settles when that is done.
   */
  unload(): Promise<void> {
    if (this.unloaded) return this.writes
    clearTimeout(this.idleTimer)
    void this.flush()
    const stored = this.compact()
    this.release(stored)
    return stored
  }

  private release(stored: Promise<void>): void {
    this.unloaded = true
    this.options.cluster?.feed.stop()
    clearTimeout(this.gapTimer)
    clearTimeout(this.idleTimer)
    clearTimeout(this.compactionTask)
    if (this.flushTask) clearImmediate(this.flushTask)
    this.doc.off('update', this.onDocUpdate)
    this.awareness.off('update', this.onAwarenessUpdate)
    this.awareness.destroy()
    this.doc.destroy()
    this.options.onUnloaded(this, stored)
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORED_ELSEWHERE) {
      // Already in the database: relayed at once, to everyone here.
      const message = syncUpdateMessage(update)
      for (const conn of this.connections) conn.send(message)
      this.options.onChanged?.(this)
      this.options.onChangedElsewhere?.(this)
      return
    }
    this.pending.push({ update, origin: origin instanceof Connection ? origin : null })
    this.flushTask ??= setImmediate(() => this.flush())
    this.options.onChanged?.(this)
  }

  private readonly onAwarenessUpdate = (change: AwarenessChange, origin: unknown): void => {
    if (origin instanceof Connection) {
      for (const id of change.added) origin.awarenessClients.add(id)
      for (const id of change.updated) origin.awarenessClients.add(id)
      for (const id of change.removed) origin.awarenessClients.delete(id)
    }
    const changed = [...change.added, ...change.updated, ...change.removed]
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
    const message = awarenessMessage(update)
    for (const conn of this.connections) conn.send(message)
    if (origin !== STORED_ELSEWHERE) {
      this.options.cluster?.bus.publish(this.name, {
        kind: 'awareness',
        update,
        ...(origin instanceof Connection ? { owner: origin.identity.publicId } : {}),
      })
    }
  }

  /** An entry from another node: stored rows to take in, or a presence to show. */
  private receiveFromBus(entry: BusEntry): void {
    if (this.unloaded || this.failed) return
    switch (entry.kind) {
      case 'update':
        if (this.rows.holds(entry.from, entry.to)) return
        // Yjs keeps what depends on rows not yet here, and takes it in when they come.
        Y.applyUpdate(this.doc, entry.update, STORED_ELSEWHERE)
        this.rows.record(entry.from, entry.to)
        break
      case 'compacted':
        // A snapshot of rows this room has, or will have once the hole below it is filled.
        this.rows.record(entry.seq, entry.seq)
        break
      case 'head':
        if (entry.seq > this.rows.through) this.scheduleCatchUp()
        return
      case 'awareness': {
        const update = this.acceptFromOwner(entry.update, entry.owner)
        if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, STORED_ELSEWHERE)
        return
      }
      case 'gone':
        this.options.onDeletedElsewhere?.(this)
        return
    }
    if (this.rows.hasGap) this.scheduleCatchUp()
  }

  /**
   * The bus was away: entries of others may be lost, and others may have lost ours. Read what
   * is missing now, and tell the others how far the stored rows go, ours among them.
   */
  private resumeAfterBus(): void {
    if (this.unloaded || this.failed) return
    void this.catchUp()
    const newest = this.rows.newest
    if (newest > 0) this.options.cluster?.bus.publish(this.name, { kind: 'head', seq: newest })
  }

  /**
   * Applies rows read from the database above `through` (relayed here, not stored again):
   * afterwards every row up to the newest of them is in memory.
   */
  private takeIn(rows: readonly { seq: number; update: Uint8Array }[]): void {
    if (rows.length === 0) return
    let newest = 0
    this.doc.transact(() => {
      for (const row of rows) {
        Y.applyUpdate(this.doc, row.update, STORED_ELSEWHERE)
        newest = Math.max(newest, row.seq)
      }
    }, STORED_ELSEWHERE)
    this.rows.advanceTo(newest)
  }

  private scheduleCatchUp(): void {
    if (this.gapTimer || this.unloaded) return
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined
      void this.catchUp()
    }, GAP_WAIT_MS)
    this.gapTimer.unref()
  }

  /**
   * Reads the rows above what memory holds without a hole, applies them and relays the new
   * parts. What the database returns is committed, and every row below it too (rows are
   * numbered in commit order), compacted ones inside a snapshot.
   */
  catchUp(): Promise<void> {
    if (!this.options.cluster) return Promise.resolve()
    if (this.catchingUp) {
      this.catchUpAgain = true
      return this.catchingUp
    }
    const run = async (): Promise<void> => {
      do {
        this.catchUpAgain = false
        const from = this.rows.through
        let rows: { seq: number; update: Uint8Array }[]
        try {
          rows = await this.store.loadUpdatesAfter(this.name, from)
        } catch (err) {
          this.options.logger.warn('catching up from the database failed; trying again', {
            room: this.name,
            error: String(err),
          })
          this.scheduleCatchUp()
          return
        }
        if (this.unloaded || this.failed) return
        this.takeIn(rows)
      } while (this.catchUpAgain && !this.unloaded)
      if (this.rows.hasGap) this.scheduleCatchUp()
    }
    this.catchingUp = run().finally(() => {
      this.catchingUp = null
    })
    return this.catchingUp
  }

  /**
   * A connection may speak for new awareness clients and for the person's own, never for
   * another person's: that would let one person move another's cursor or rename them.
   * Entries for others are dropped, not punished: the stock y-websocket client echoes every
   * peer's presence back to the server, which is harmless because the clock has not advanced.
   *
   * The first person to speak for a client id owns it for as long as the room is loaded, also
   * while they are away: otherwise someone could take a dropped person's id with a huge clock,
   * and every update the owner sent after coming back would look older and be ignored.
   * The same person (same participant id) on a new connection or in another tab takes it back.
   */
  private mayApply(conn: Connection, entry: AwarenessEntry, speaking: Set<number>): boolean {
    const known = this.awareness.meta.get(entry.clientId)
    // Not newer than what we have: an echo, which would change nothing. Dropping it early
    // also keeps an echo from moving ownership between a person's tabs.
    if (known && entry.clock <= known.clock) return false
    // The public id: the server derives it from the private participant id, so no client can
    // choose it, and it may travel to the other nodes.
    const person = conn.identity.publicId
    const owner = this.awarenessOwners.get(entry.clientId)
    if (owner !== undefined && owner !== person) return false
    if (owner === undefined && !this.makeRoomForAwarenessId(person, speaking)) return false
    this.awarenessOwners.set(entry.clientId, person)
    speaking.add(entry.clientId)
    // Only this person's connections can hold it; the one speaking now is the one whose
    // leaving removes the presence.
    for (const other of this.connections) {
      if (other !== conn) other.awarenessClients.delete(entry.clientId)
    }
    return true
  }

  /**
   * Presence from another node, which checked it as `mayApply` does here: its client ids are
   * now that person's, and nobody connected to this node may speak for them. Entries for a
   * client id this node knows as someone else's are dropped: the first owner keeps it on every
   * node, so someone on a node that had not heard of it yet cannot take it everywhere.
   * Undefined when nothing is left (or the update is malformed).
   */
  private acceptFromOwner(update: Uint8Array, owner: string | undefined): Uint8Array | undefined {
    if (owner === undefined) return update
    let entries: AwarenessEntry[]
    try {
      entries = awarenessEntriesOf(update)
    } catch {
      return undefined
    }
    const kept = entries.filter((entry) => {
      const known = this.awarenessOwners.get(entry.clientId)
      if (known !== undefined && known !== owner) return false
      this.awarenessOwners.set(entry.clientId, owner)
      return true
    })
    if (kept.length === 0) return undefined
    return kept.length === entries.length ? update : encodeAwarenessEntries(kept)
  }

  /**
   * Keeps what one person owns bounded: a page has one awareness client id, so a person owns
   * one per tab they opened here (a reload makes a new one). At the bound, the ids of theirs
   * that show no presence now (tabs closed or reloaded) are forgotten, oldest first; a person
   * whose ids all show a presence (a client inventing ids) gets no more.
   */
  private makeRoomForAwarenessId(person: string, speaking: ReadonlySet<number>): boolean {
    const owned = [...this.awarenessOwners].filter(([, owner]) => owner === person)
    if (owned.length < MAX_AWARENESS_IDS_PER_PERSON) return true
    const states = this.awareness.getStates()
    for (const [clientId] of owned) {
      if (states.has(clientId) || speaking.has(clientId)) continue
      this.awarenessOwners.delete(clientId)
      return true
    }
    return false
  }

  /**
   * Logs a refused write unless it carries nothing (every client sends its state on connect,
   * and an empty step 2 is no attempt to write).
   */
  private refuseUpdate(conn: Connection, update: Uint8Array): void {
    const { structs, ds } = Y.decodeUpdate(update)
    if (structs.length === 0 && ds.clients.size === 0) return
    this.options.logger.warn('refused a write', { room: this.name, role: conn.identity.role })
  }

  /**
   * After a refused update (a write to a closed board), a client's later updates depend on
   * content we never took, and Yjs would keep them pending forever. Sending our state vector
   * makes the client answer with everything we lack, so it converges once writes are allowed.
   */
  private askForMissing(conn: Connection): void {
    const store = this.doc.store as { pendingStructs: unknown; pendingDs: unknown }
    if (store.pendingStructs === null && store.pendingDs === null) return
    const now = Date.now()
    if (now - conn.lastResyncRequest < RESYNC_INTERVAL_MS) return
    conn.lastResyncRequest = now
    conn.send(syncStep1Message(Y.encodeStateVector(this.doc)))
  }

  private scheduleCompaction(): void {
    if (this.compactionTask || this.unloaded) return
    // Deferred so that compaction never delays the relay of the update that triggered it.
    this.compactionTask = setTimeout(() => this.compact(), 0)
    this.compactionTask.unref()
  }

  /**
   * The database refused a write. What is in memory was never relayed, so drop it and make
   * every client reconnect: they still hold their edits and send them again, and the room
   * reloads from what is really on disk.
   */
  private failStorage(err: unknown): void {
    this.options.logger.error('storing an update failed; closing the room', {
      room: this.name,
      error: String(err),
    })
    this.failed = true
    this.pending = []
    for (const conn of this.connections) conn.close(CloseCode.InternalError, 'storage failure')
    this.connections.clear()
    if (!this.unloaded) this.release(Promise.resolve())
  }
}
