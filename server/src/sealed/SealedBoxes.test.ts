import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readControlState, roomName, SessionDocument } from '@reflectiebord/shared'
import * as v from 'valibot'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import type { SealedChange, SealedSubmission } from '../persistence/Store.ts'
import { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { LiveSessions } from '../sessions/LiveSessions.ts'

const SESSION = 'c2Vzc2lvbi1zZWFsZWQtMTIz'
const CONTROL = roomName(SESSION, SessionDocument.Control)
const ann = { publicId: 'ann', name: 'Ann' }
const annConnection = {
  participantId: 'ann-private-participant',
  publicId: ann.publicId,
  displayName: ann.name,
  role: 'participant' as const,
}
const cleanups: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** One session on a real database, with the store given (to break it on purpose). */
async function setUp(makeStore: (dir: string) => SqliteStore = (dir) => new SqliteStore(dir)) {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-sealed-'))
  const store = makeStore(dir)
  const rooms = new RoomRegistry(store, {
    compactEvery: 10_000,
    idleMs: 60_000,
    logger: createLogger('silent'),
  })
  const live = new LiveSessions(
    {
      rooms,
      store,
      sealedKind: (kind) => (kind === 'colour' ? v.picklist(['groen', 'rood']) : undefined),
      onPresence: () => {},
    },
    async () => true,
  )
  cleanups.push(async () => {
    await Promise.all(rooms.all().map((room) => room.discard(1001, 'test over')))
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const session = await live.get(SESSION)
  if (!session) throw new Error('the session exists')
  session.presence.join(annConnection)
  return { store, session }
}

/** What a server reloading the control document from disk would see. */
async function storedCount(store: SqliteStore, boxId: string): Promise<number | undefined> {
  const doc = new Y.Doc()
  const { updates } = await store.loadUpdates(CONTROL)
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return readControlState(doc).sealed.find((box) => box.id === boxId)?.count
}

describe('SealedBoxes', () => {
  it('stores a submission and the count everyone sees together', async () => {
    const { store, session } = await setUp()
    expect(session.sealed.open('box-1', false)).toEqual({ ok: true })
    expect(await session.sealed.submit('box-1', ann, { answer: 42 })).toEqual({
      ok: true,
      count: 1,
    })
    expect(await store.listSealed(SESSION, 'box-1')).toHaveLength(1)
    expect(await storedCount(store, 'box-1')).toBe(1)
    // A second submission by the same person replaces the first: still one.
    expect(await session.sealed.submit('box-1', ann, { answer: 43 })).toEqual({
      ok: true,
      count: 1,
    })
    expect((await store.listSealed(SESSION, 'box-1')).map((row) => row.value)).toEqual([
      '{"answer":43}',
    ])
  })

  it('stores neither the submission nor the count when the database refuses part of it', async () => {
    class FailingAfterInsert extends SqliteStore {
      override submitSealed(submission: SealedSubmission, change: SealedChange): Promise<number> {
        return super.submitSealed(submission, (rows, missed) => {
          change(rows, missed)
          throw new Error('disk full')
        })
      }
    }
    const { store, session } = await setUp((dir) => new FailingAfterInsert(dir))
    session.sealed.open('box-1', false)
    const result = await session.sealed.submit('box-1', ann, 'hallo')
    expect(result).toMatchObject({ ok: false, status: 500, code: 'storage-failed' })
    expect(await store.listSealed(SESSION, 'box-1')).toEqual([])
    expect(await storedCount(store, 'box-1')).toBe(0)
  })

  it('counts and reveals only the submissions of people connected now', async () => {
    const { session } = await setUp()
    // Queued after the recount an arrival or a departure started, so it ends after it.
    const recounted = () => session.sealed.recount()
    const bert = {
      participantId: 'bert-private',
      publicId: 'bert',
      displayName: 'Bert',
      role: 'participant' as const,
    }
    session.presence.join(bert)
    session.sealed.open('box-3', false)
    await session.sealed.submit('box-3', ann, 'a')
    expect(await session.sealed.submit('box-3', { publicId: 'bert', name: 'Bert' }, 'b')).toEqual({
      ok: true,
      count: 2,
    })
    // Bert leaves: his submission no longer counts, so fresh ids cannot pile up votes.
    session.presence.leave(bert)
    await recounted()
    expect(session.sealed.box('box-3')?.count).toBe(1)
    // He comes back with the same participant id: his submission counts again.
    session.presence.join(bert)
    await recounted()
    expect(session.sealed.box('box-3')?.count).toBe(2)
    session.presence.leave(bert)
    const revealed = await session.sealed.reveal('box-3')
    expect(revealed.entries?.map((entry) => entry.name)).toEqual(['Ann'])
  })

  it('takes only the values a box of a declared kind accepts', async () => {
    const { store, session } = await setUp()
    session.sealed.open('box-2', false, 'colour')
    expect(await session.sealed.submit('box-2', ann, 'paars')).toMatchObject({
      ok: false,
      code: 'invalid-value',
    })
    expect(await store.listSealed(SESSION, 'box-2')).toEqual([])
    expect(await session.sealed.submit('box-2', ann, 'groen')).toEqual({ ok: true, count: 1 })
  })
})
