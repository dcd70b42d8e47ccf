import {
  ControlMaps,
  type ControlState,
  readControlState,
  roomName,
  SessionDocument,
  type SessionSettings,
} from '@reflectiebord/shared'
import type * as Y from 'yjs'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'

/** Nobody but the server writes session control: every client update to it is refused. */
const noClientWrites = () => false

/**
 * The server's hand on each session's control document: it reads it, and it alone writes it
 * (as the server, through the room, so every change is stored before anyone sees it).
 */
export class SessionControl {
  private readonly rooms: RoomRegistry
  /** Closed flags, read on every board update; only `change` can alter them. */
  private readonly closed = new Map<string, boolean>()

  constructor(rooms: RoomRegistry) {
    this.rooms = rooms
  }

  /** The control room, loading it if needed; the write policy every control room has. */
  room(sessionId: string) {
    return this.rooms.open(roomName(sessionId, SessionDocument.Control), noClientWrites)
  }

  /** The board room; a closed session's board is read-only for everyone, facilitators too. */
  boardRoom(sessionId: string) {
    return this.rooms.open(
      roomName(sessionId, SessionDocument.Board),
      () => !this.isClosed(sessionId),
    )
  }

  read(sessionId: string): ControlState {
    const room = this.room(sessionId)
    room.keepAliveBriefly()
    return readControlState(room.doc)
  }

  change(sessionId: string, work: (doc: Y.Doc) => void): void {
    const room = this.room(sessionId)
    room.change(work)
    this.closed.set(sessionId, readControlState(room.doc).settings.closed)
  }

  forget(sessionId: string): void {
    this.closed.delete(sessionId)
  }

  isClosed(sessionId: string): boolean {
    let closed = this.closed.get(sessionId)
    if (closed === undefined) {
      closed = this.read(sessionId).settings.closed
      this.closed.set(sessionId, closed)
    }
    return closed
  }
}

/** Writes one of the singleton values of session control. */
export function setSessionValue(
  doc: Y.Doc,
  key: 'activity' | 'timer' | 'follow' | 'case',
  value: unknown,
): void {
  doc.getMap<unknown>(ControlMaps.session).set(key, value)
}

export function setSettings(doc: Y.Doc, settings: SessionSettings): void {
  doc.getMap<unknown>(ControlMaps.session).set('settings', settings)
}
