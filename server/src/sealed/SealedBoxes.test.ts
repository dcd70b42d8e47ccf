import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readControlState, roomName, SessionDocument } from '@reflectiebord/shared'
import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { LiveSessions } from '../sessions/LiveSessions.ts'
import { SealedStore } from './SealedStore.ts'

const SESSION = 'c2Vzc2lvbi1zZWFsZWQtMTIz'
const CONTROL = roomName(SESSION, SessionDocument.Control)
const ann = { publicId: 'ann', name: 'Ann' }
const annConnection = {
  participantId: 'ann-private-participant',
  publicId: ann.publicId,
  displayName: ann.name,
  role: 'participant' as const,
}
const cleanups: Array<() => void> = []

afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

/** One session on a real database, with the sealed store given (to break it on purpose). */
function setUp(makeSealedStore: (store: SqliteStore) => SealedStore = (s) => new SealedStore(s)) {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-sealed-'))
  const store = new SqliteStore(dir)
  const rooms = new RoomRegistry(store, {
    compactEvery: 10_000,
    idleMs: 60_000,
    logger: createLogger('silent'),
  })
  const sealedStore = makeSealedStore(store)
  const live = new LiveSessions(
    {
      rooms,
      sealedStore,
      sealedKind: (kind) => (kind === 'colour' ? v.picklist(['groen', 'rood']) : undefined),
      onPresence: () => {},
    },
    () => true,
  )
  cleanups.push(() => {
    for (const room of rooms.all()) room.discard(1001, 'test over')
    store.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const session = live.get(SESSION)
  if (!session) throw new Error('the session exists')
  session.presence.join(annConnection)
  return { store, sealedStore, session }
}

/** What a server reloading the control document from disk would see. */
function storedCount(store: SqliteStore, boxId: string): number | undefined {
  const doc = new Y.Doc()
  const { updates } = store.loadUpdates(CONTROL)
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return readControlState(doc).sealed.find((box) => box.id === boxId)?.count
}

describe('SealedBoxes', () => {
  it('stores a submission and the count everyone sees together', () => {
    const { store, sealedStore, session } = setUp()
    expect(session.sealed.open('box-1', false)).toEqual({ ok: true })
    expect(session.sealed.submit('box-1', ann, { answer: 42 })).toEqual({ ok: true, count: 1 })
    expect(sealedStore.list(SESSION, 'box-1')).toHaveLength(1)
    expect(storedCount(store, 'box-1')).toBe(1)
    // A second submission by the same person replaces the first: still one.
    expect(session.sealed.submit('box-1', ann, { answer: 43 })).toEqual({ ok: true, count: 1 })
    expect(sealedStore.list(SESSION, 'box-1').map((row) => row.value)).toEqual(['{"answer":43}'])
  })

  it('stores neither the submission nor the count when the database refuses part of it', () => {
    class FailingAfterInsert extends SealedStore {
      override put(...args: Parameters<SealedStore['put']>): void {
        super.put(...args)
        throw new Error('disk full')
      }
    }
    const { store, sealedStore, session } = setUp((s) => new FailingAfterInsert(s))
    session.sealed.open('box-1', false)
    const result = session.sealed.submit('box-1', ann, 'hallo')
    expect(result).toMatchObject({ ok: false, status: 500, code: 'storage-failed' })
    expect(sealedStore.list(SESSION, 'box-1')).toEqual([])
    expect(storedCount(store, 'box-1')).toBe(0)
  })

  it('counts and reveals only the submissions of people connected now', () => {
    const { session } = setUp()
    const bert = {
      participantId: 'bert-private',
      publicId: 'bert',
      displayName: 'Bert',
      role: 'participant' as const,
    }
    session.presence.join(bert)
    session.sealed.open('box-3', false)
    session.sealed.submit('box-3', ann, 'a')
    expect(session.sealed.submit('box-3', { publicId: 'bert', name: 'Bert' }, 'b')).toEqual({
      ok: true,
      count: 2,
    })
    // Bert leaves: his submission no longer counts, so fresh ids cannot pile up votes.
    session.presence.leave(bert)
    expect(session.sealed.box('box-3')?.count).toBe(1)
    // He comes back with the same participant id: his submission counts again.
    session.presence.join(bert)
    expect(session.sealed.box('box-3')?.count).toBe(2)
    session.presence.leave(bert)
    const revealed = session.sealed.reveal('box-3')
    expect(revealed.entries?.map((entry) => entry.name)).toEqual(['Ann'])
  })

  it('takes only the values a box of a declared kind accepts', () => {
    const { sealedStore, session } = setUp()
    session.sealed.open('box-2', false, 'colour')
    expect(session.sealed.submit('box-2', ann, 'paars')).toMatchObject({
      ok: false,
      code: 'invalid-value',
    })
    expect(sealedStore.list(SESSION, 'box-2')).toEqual([])
    expect(session.sealed.submit('box-2', ann, 'groen')).toEqual({ ok: true, count: 1 })
  })
})
