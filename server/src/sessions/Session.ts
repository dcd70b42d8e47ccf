import {
  ControlMaps,
  type ControlState,
  controlDocumentNeedsUpgrade,
  exercises,
  readControlState,
  roomName,
  SessionDocument,
  type SessionSettings,
  upgradeControlDocument,
} from '@reflectiebord/shared'
import type * as Y from 'yjs'
import type { Store } from '../persistence/Store.ts'
import type { Room, StoreWith } from '../rooms/Room.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { SealedBoxes } from '../sealed/SealedBoxes.ts'
import type { PresenceDirectory } from './PresenceDirectory.ts'
import { SessionPresence } from './SessionPresence.ts'

/** Nobody but the server writes session control: every client update to it is refused. */
const noClientWrites = () => false

export interface SessionDeps {
  rooms: RoomRegistry
  store: Store
  /** The schema a sealed box of `kind` takes (undefined: any small JSON value). */
  sealedKind(kind: string): import('valibot').GenericSchema | undefined
  /** With several nodes: who is connected through which node (then presence is shared). */
  presence?: PresenceDirectory
  /** Called when someone arrives or leaves, after session control says so. */
  onPresence(session: Session, person: { publicId: string; name: string }, online: boolean): void
}

/**
 * One live session on this server: its two documents (the board, which everyone writes, and
 * session control, which only the server writes), who is present, and its sealed boxes.
 * The three kinds of state meet here and nowhere else.
 */
export class Session {
  readonly id: string
  readonly presence: SessionPresence
  readonly sealed: SealedBoxes
  private readonly rooms: RoomRegistry
  private readonly store: Store
  /** Session control rooms (one per load) already checked for what a crash left behind. */
  private readonly settled = new WeakSet<Room>()
  /** The closed flag, read on every board update; only `change` can alter it. */
  private closed: boolean | undefined

  constructor(id: string, deps: SessionDeps) {
    this.id = id
    this.rooms = deps.rooms
    this.store = deps.store
    this.presence = new SessionPresence(this, deps.onPresence, deps.presence)
    this.sealed = new SealedBoxes(this, deps.store, deps.sealedKind)
  }

  /** Name of the session control document. */
  get controlName(): string {
    return roomName(this.id, SessionDocument.Control)
  }

  /**
   * Loads session control if it is not in memory. Everything else here reads it synchronously:
   * whoever uses a session awaits this first, and holds it (`hold`) across any later wait.
   */
  async load(): Promise<Room> {
    const room = await this.rooms.open(this.controlName, noClientWrites)
    // A session of an older version may keep an exercise's state where this one does not
    // read it: moved once, as a server change (stored before anyone sees it).
    if (controlDocumentNeedsUpgrade(room.doc, exercises.modules)) {
      room.change((doc) => upgradeControlDocument(doc, exercises.modules))
    }
    if (!this.settled.has(room)) {
      this.settled.add(room)
      // Whoever a crash (or a dead node) left online is set right on load, not on their return.
      this.presence.settleAfterLoad()
      const release = room.hold()
      this.presence
        .sweep()
        .catch(() => {
          // The regular sweep tries again.
        })
        .finally(release)
    }
    return room
  }

  /** Session control, which `load` brought into memory (and a hold or a connection keeps). */
  controlRoom(): Room {
    const room = this.rooms.get(this.controlName)
    if (!room) throw new Error(`session control of ${this.id} is not loaded`)
    return room
  }

  isLoaded(): boolean {
    const room = this.rooms.get(this.controlName)
    return room !== undefined && !room.isUnloaded
  }

  /** Runs `work` with session control loaded and kept in memory until it settles. */
  async hold<T>(work: () => Promise<T> | T): Promise<T> {
    const release = (await this.load()).hold()
    try {
      return await work()
    } finally {
      release()
    }
  }

  /** The board room; a closed session's board is read-only for everyone, facilitators too. */
  boardRoom(): Promise<Room> {
    return this.rooms.open(roomName(this.id, SessionDocument.Board), () => !this.isClosed())
  }

  /** Both rooms, if loaded: for closing them when the session is deleted. */
  loadedRooms(): Room[] {
    return Object.values(SessionDocument).flatMap((document) => {
      const room = this.rooms.get(roomName(this.id, document))
      return room && !room.isUnloaded ? [room] : []
    })
  }

  read(): ControlState {
    const room = this.controlRoom()
    room.keepAliveBriefly()
    return readControlState(room.doc)
  }

  /** Changes session control as the server, in one Yjs transaction, stored before relayed. */
  change(work: (doc: Y.Doc) => void): void {
    const room = this.controlRoom()
    room.change(work)
    this.closed = readControlState(room.doc).settings.closed
  }

  /**
   * Changes session control in the same database transaction as other writes (see
   * `Room.changeStoredWith`); false when the database refused (then nothing of it is stored).
   */
  changeStoredWith(write: StoreWith): Promise<boolean> {
    return this.controlRoom().changeStoredWith(write)
  }

  /**
   * With several nodes: brings session control up to what the database holds (what other
   * nodes stored and the bus has not brought yet). One node has nothing to catch up.
   */
  catchUp(): Promise<void> {
    return this.controlRoom().catchUp()
  }

  /**
   * Runs `work` while no other node works on this session under its lock (commands, votes,
   * presence). A command is answered once applied and stores its result before it lets go,
   * so whoever catches up under the lock sees what every command did.
   */
  withLock<T>(work: () => Promise<T>): Promise<T> {
    return this.store.withSessionLock(this.id, work)
  }

  /** Settles when every change made so far to the session's loaded documents is stored. */
  async stored(): Promise<void> {
    await Promise.all(this.loadedRooms().map((room) => room.flush()))
  }

  /** Session control changed from elsewhere (another node): read the closed flag again. */
  controlChangedElsewhere(): void {
    this.closed = undefined
  }

  isClosed(): boolean {
    this.closed ??= this.read().settings.closed
    return this.closed
  }
}

/** Writes one of the singleton values of session control. */
export function setSessionValue(
  doc: Y.Doc,
  key: 'activity' | 'timer' | 'follow' | 'redactions',
  value: unknown,
): void {
  doc.getMap<unknown>(ControlMaps.session).set(key, value)
}

export function setSettings(doc: Y.Doc, settings: SessionSettings): void {
  doc.getMap<unknown>(ControlMaps.session).set('settings', settings)
}
