import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CloseCode, MessageType, SyncMessageType } from '@reflectiebord/shared'
import { afterEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import * as Y from 'yjs'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import { Connection } from './Connection.ts'
import { RoomRegistry } from './RoomRegistry.ts'

/**
 * A store whose appends wait until the test lets them through: it stands for a database that
 * takes its time (PostgreSQL over a network), so the order "stored, then relayed" shows.
 */
class GatedStore extends SqliteStore {
  appended = 0
  fail = false
  private opened: (() => void) | undefined
  private gate: Promise<void> = new Promise((resolve) => {
    this.opened = resolve
  })

  open(): void {
    this.opened?.()
  }

  override async appendUpdates(doc: string, updates: readonly Uint8Array[]): Promise<number> {
    await this.gate
    if (this.fail) throw new Error('disk full')
    const seq = await super.appendUpdates(doc, updates)
    this.appended += updates.length
    return seq
  }
}

/** What a websocket is to a Connection: sent messages are kept, closes are noted. */
function fakeSocket() {
  const socket = {
    OPEN: 1,
    CLOSING: 2,
    CLOSED: 3,
    readyState: 1,
    bufferedAmount: 0,
    sent: [] as Uint8Array[],
    closedWith: undefined as number | undefined,
    send(message: Uint8Array) {
      socket.sent.push(message)
    },
    close(code: number) {
      socket.closedWith = code
      socket.readyState = 2
    },
  }
  return socket
}

const identity = (id: string) => ({
  participantId: `${id}-private`,
  publicId: id,
  displayName: id,
  role: 'participant' as const,
})

const isSync = (message: Uint8Array, type: number) =>
  message[0] === MessageType.Sync && message[1] === type

const dirs: string[] = []
const stores: SqliteStore[] = []
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-room-'))
  dirs.push(dir)
  const store = new GatedStore(dir)
  stores.push(store)
  const rooms = new RoomRegistry(store, {
    compactEvery: 10_000,
    idleMs: 60_000,
    logger: createLogger('silent'),
  })
  const room = await rooms.open('s/board', () => true)
  const connect = (id: string) => {
    const socket = fakeSocket()
    // The room only sends, closes and reads the ready state; a whole ws is not needed.
    const conn = new Connection(socket as unknown as WebSocket, identity(id), 1 << 20)
    room.join(conn)
    socket.sent.length = 0
    return { conn, socket }
  }
  return { store, room, ann: connect('ann'), bert: connect('bert') }
}

function anUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('tldraw').set('shape:1', { text: 'opgeslagen eerst' })
  return Y.encodeStateAsUpdate(doc)
}

describe('Room with a store that takes its time', () => {
  it('relays an update, and answers a sync step 1, only after the update is stored', async () => {
    const { store, room, ann, bert } = await setUp()
    room.receive(ann.conn, { kind: 'sync-update', update: anUpdate() })
    room.receive(bert.conn, { kind: 'sync-step1', stateVector: new Uint8Array([0]) })
    // The batch is queued for the end of the turn; let that turn end, with the store held.
    const flushing = room.flush()
    await new Promise((resolve) => setImmediate(resolve))
    expect(store.appended).toBe(0)
    expect(bert.socket.sent).toEqual([])

    store.open()
    await flushing
    expect(store.appended).toBe(1)
    expect(bert.socket.sent.some((m) => isSync(m, SyncMessageType.Update))).toBe(true)
    expect(bert.socket.sent.some((m) => isSync(m, SyncMessageType.Step2))).toBe(true)
    // Its sender already has it.
    expect(ann.socket.sent.some((m) => isSync(m, SyncMessageType.Update))).toBe(false)
  })

  it('relays nothing and answers nothing when the store refuses, and closes the room', async () => {
    const { store, room, ann, bert } = await setUp()
    store.fail = true
    room.receive(ann.conn, { kind: 'sync-update', update: anUpdate() })
    room.receive(bert.conn, { kind: 'sync-step1', stateVector: new Uint8Array([0]) })
    const flushing = room.flush()
    store.open()
    await flushing
    expect(bert.socket.sent).toEqual([])
    expect(bert.socket.closedWith).toBe(CloseCode.InternalError)
    expect(ann.socket.closedWith).toBe(CloseCode.InternalError)
    expect(room.isUnloaded).toBe(true)
    expect(await store.countUpdates('s/board')).toBe(0)
  })
})
