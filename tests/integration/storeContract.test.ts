import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore, type Store } from '@reflectiebord/server'
// An entry of its own: one node never loads the PostgreSQL client (see openStore.ts).
import { PostgresStore } from '@reflectiebord/server/postgres'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type PostgresServer, startPostgres } from '../support/postgresServer.ts'

/**
 * The one contract both stores keep (server/src/persistence/Store.ts): the same tests, run
 * against SQLite in a temporary folder and against a PostgreSQL server of the tests' own.
 * Without PostgreSQL installed the PostgreSQL half fails with a message saying so.
 */
interface StoreUnderTest {
  name: string
  setUp(): Promise<void>
  tearDown(): Promise<void>
  /** A new, empty store; `reopen` opens the same data again (as after a restart). */
  fresh(): Promise<{ store: Store; reopen(): Promise<Store> }>
}

const folders: string[] = []
const sqlite: StoreUnderTest = {
  name: 'SQLite',
  async setUp() {},
  async tearDown() {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
  },
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-contract-'))
    folders.push(dir)
    return { store: new SqliteStore(dir), reopen: async () => new SqliteStore(dir) }
  },
}

let server: PostgresServer | undefined
let databases = 0
const postgres: StoreUnderTest = {
  name: 'PostgreSQL',
  async setUp() {
    server = await startPostgres()
  },
  async tearDown() {
    await server?.stop()
  },
  async fresh() {
    if (!server) throw new Error('PostgreSQL did not start (see the setup error above)')
    databases += 1
    const url = server.createDatabase(`contract_${databases}`)
    return { store: await PostgresStore.open(url), reopen: () => PostgresStore.open(url) }
  },
}

const bytes = (...values: number[]) => new Uint8Array(values)
const text = (value: string) => new TextEncoder().encode(value)
const decode = (value: Uint8Array) => new TextDecoder().decode(value)

describe.each([sqlite, postgres])('Store contract: $name', (impl) => {
  const open: Store[] = []
  const fresh = async () => {
    const made = await impl.fresh()
    open.push(made.store)
    return {
      store: made.store,
      reopen: async () => {
        const again = await made.reopen()
        open.push(again)
        return again
      },
    }
  }

  beforeAll(() => impl.setUp(), 60_000)
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close()
  })
  afterAll(() => impl.tearDown())

  describe('sessions', () => {
    it('creates, reads and survives a restart', async () => {
      const { store, reopen } = await fresh()
      await store.createSession({
        id: 's1',
        title: 'Team overleg',
        facilitatorKeyHash: 'ab'.repeat(32),
        createdAt: 1_700_000_000_123,
      })
      const expected = {
        id: 's1',
        title: 'Team overleg',
        facilitatorKeyHash: 'ab'.repeat(32),
        createdAt: 1_700_000_000_123,
        retentionDays: null,
        lastActivityAt: 1_700_000_000_123,
        metAt: null,
        partedAt: null,
        togetherMs: 0,
      }
      expect(await store.getSession('s1')).toEqual(expected)
      expect(await store.getSession('nope')).toBeUndefined()
      await store.close()
      expect(await (await reopen()).getSession('s1')).toEqual(expected)
    })

    it('refuses a second session with the same id', async () => {
      const { store } = await fresh()
      const row = { id: 's1', title: 'a', facilitatorKeyHash: 'x', createdAt: 1 }
      await store.createSession(row)
      await expect(store.createSession(row)).rejects.toThrow()
    })

    it('moves the last activity only forward and never brings back a deleted session', async () => {
      const { store } = await fresh()
      await store.createSession({ id: 's1', title: 'a', facilitatorKeyHash: 'x', createdAt: 10 })
      await store.writeActivity('s1', {
        lastActivityAt: 500,
        metAt: 100,
        partedAt: 400,
        togetherMs: 300,
      })
      await store.writeActivity('s1', {
        lastActivityAt: 200,
        metAt: 100,
        partedAt: 450,
        togetherMs: 350,
      })
      expect(await store.getSession('s1')).toMatchObject({
        lastActivityAt: 500,
        metAt: 100,
        partedAt: 450,
        togetherMs: 350,
      })
      await store.deleteSession('s1')
      await store.writeActivity('s1', {
        lastActivityAt: 900,
        metAt: null,
        partedAt: null,
        togetherMs: 0,
      })
      expect(await store.getSession('s1')).toBeUndefined()
    })

    it('keeps retention periods, fractions of a day included, and lists them for the sweep', async () => {
      const { store } = await fresh()
      await store.createSession({
        id: 's1',
        title: 'a',
        facilitatorKeyHash: 'x',
        createdAt: 10,
        retentionDays: 0.5,
      })
      await store.createSession({ id: 's2', title: 'b', facilitatorKeyHash: 'y', createdAt: 20 })
      await store.setRetentionDays('s2', 30)
      await store.setRetentionDays('s1', null)
      const rows = await store.retentionRows()
      expect(rows.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 's1', retentionDays: null, lastActivityAt: 10 },
        { id: 's2', retentionDays: 30, lastActivityAt: 20 },
      ])
      await store.setRetentionDays('s1', 0.5)
      expect((await store.getSession('s1'))?.retentionDays).toBe(0.5)
    })
  })

  describe('update log', () => {
    it('appends in batches, with sequence numbers that grow per document', async () => {
      const { store, reopen } = await fresh()
      expect(await store.loadUpdates('s1/board')).toEqual({ updates: [], lastSeq: 0 })
      const first = await store.appendUpdates('s1/board', [bytes(1), bytes(2)])
      const other = await store.appendUpdates('s1/control', [bytes(9)])
      const second = await store.appendUpdates('s1/board', [bytes(3)])
      expect(first).toBeGreaterThan(0)
      expect(other).toBeGreaterThan(0)
      expect(second).toBeGreaterThan(first)
      await store.close()
      const again = await reopen()
      const loaded = await again.loadUpdates('s1/board')
      expect(loaded.updates.map((u) => [...u])).toEqual([[1], [2], [3]])
      expect(loaded.lastSeq).toBe(second)
      expect(await again.countUpdates('s1/board')).toBe(3)
      expect((await again.loadUpdates('s1/control')).updates.map((u) => [...u])).toEqual([[9]])
    })

    it('hands out what follows a sequence number (a node catching up)', async () => {
      const { store } = await fresh()
      const a = await store.appendUpdates('d', [bytes(1)])
      const b = await store.appendUpdates('d', [bytes(2), bytes(3)])
      const after = await store.loadUpdatesAfter('d', a)
      expect(after.map((row) => [...row.update])).toEqual([[2], [3]])
      expect(after.at(-1)?.seq).toBe(b)
      expect(after[0]?.seq).toBeGreaterThan(a)
      expect(await store.loadUpdatesAfter('d', b)).toEqual([])
      expect((await store.loadUpdatesAfter('d', 0)).length).toBe(3)
    })

    it('gives concurrent appends to one document distinct sequence numbers in order', async () => {
      const { store } = await fresh()
      const seqs = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.appendUpdates('d', [bytes(i), bytes(100 + i)])),
      )
      expect(new Set(seqs).size).toBe(20)
      const rows = await store.loadUpdatesAfter('d', 0)
      expect(rows).toHaveLength(40)
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]?.seq).toBeGreaterThan(rows[i - 1]?.seq ?? Number.POSITIVE_INFINITY)
      }
      // Each batch is stored as a whole and in the order it was given.
      for (const [i, row] of rows.entries()) {
        if (i % 2 === 1) expect(row.update[0]).toBe((rows[i - 1]?.update[0] ?? -1) + 100)
      }
      expect(Math.max(...seqs)).toBe(rows.at(-1)?.seq)
    })

    it('compacts up to a sequence number into one snapshot and keeps what came later', async () => {
      const { store, reopen } = await fresh()
      await store.appendUpdates('d', [bytes(1), bytes(2)])
      const upTo = await store.appendUpdates('d', [bytes(3)])
      const later = await store.appendUpdates('d', [bytes(4)])
      await store.appendUpdates('other', [bytes(7)])
      const snapshotSeq = await store.compact('d', bytes(1, 2, 3), upTo)
      expect(snapshotSeq).toBeGreaterThan(later)
      const loaded = await store.loadUpdates('d')
      expect(loaded.updates.map((u) => [...u])).toEqual([[4], [1, 2, 3]])
      expect(loaded.lastSeq).toBe(snapshotSeq)
      // A node that had seen up to before the compaction gets the snapshot: it holds the rest.
      const caughtUp = await store.loadUpdatesAfter('d', 1)
      expect(caughtUp.map((row) => [...row.update])).toEqual([[4], [1, 2, 3]])
      expect(await store.countUpdates('other')).toBe(1)
      const next = await store.appendUpdates('d', [bytes(5)])
      expect(next).toBeGreaterThan(snapshotSeq)
      await store.close()
      expect(await (await reopen()).countUpdates('d')).toBe(3)
    })

    it('stores updates of any size byte for byte', async () => {
      const { store } = await fresh()
      const big = new Uint8Array(300_000).map((_, i) => (i * 31) % 256)
      const empty = new Uint8Array(0)
      await store.appendUpdates('d', [big, empty])
      const loaded = await store.loadUpdates('d')
      expect(Buffer.from(loaded.updates[0] ?? []).equals(Buffer.from(big))).toBe(true)
      expect(loaded.updates[1]?.length).toBe(0)
    })
  })

  describe('sealed boxes', () => {
    const submission = (publicId: string, value: string, submittedAt: number) => ({
      doc: 's1/control',
      sessionId: 's1',
      boxId: 'box',
      row: { publicId, name: `name ${publicId}`, value, submittedAt },
    })

    it('keeps one submission per person and stores the count update with it', async () => {
      const { store } = await fresh()
      const seen: string[][] = []
      const change = (rows: { publicId: string; value: string }[]) => {
        seen.push(rows.map((row) => `${row.publicId}=${row.value}`))
        return [text(`count ${rows.length}`)]
      }
      const first = await store.submitSealed(submission('p1', '"red"', 1), change)
      await store.submitSealed(submission('p2', '"green"', 2), change)
      const third = await store.submitSealed(submission('p1', '"orange"', 3), change)
      expect(first).toBeGreaterThan(0)
      expect(third).toBeGreaterThan(first)
      expect(seen).toEqual([
        ['p1="red"'],
        ['p1="red"', 'p2="green"'],
        ['p2="green"', 'p1="orange"'],
      ])
      expect(await store.listSealed('s1', 'box')).toEqual([
        { publicId: 'p2', name: 'name p2', value: '"green"', submittedAt: 2 },
        { publicId: 'p1', name: 'name p1', value: '"orange"', submittedAt: 3 },
      ])
      const log = await store.loadUpdates('s1/control')
      expect(log.updates.map(decode)).toEqual(['count 1', 'count 2', 'count 2'])
      expect(log.lastSeq).toBe(third)
      expect(await store.listSealed('s1', 'other-box')).toEqual([])
    })

    it('stores a submission without an update when the change makes none', async () => {
      const { store } = await fresh()
      expect(await store.submitSealed(submission('p1', '1', 1), () => [])).toBe(0)
      expect(await store.listSealed('s1', 'box')).toHaveLength(1)
      expect(await store.countUpdates('s1/control')).toBe(0)
    })

    it('stores neither the submission nor the update when the change fails', async () => {
      const { store } = await fresh()
      await store.submitSealed(submission('p1', '"red"', 1), () => [text('count 1')])
      await expect(
        store.submitSealed(submission('p2', '"green"', 2), () => {
          throw new Error('refused')
        }),
      ).rejects.toThrow('refused')
      expect((await store.listSealed('s1', 'box')).map((row) => row.publicId)).toEqual(['p1'])
      expect(await store.countUpdates('s1/control')).toBe(1)
    })

    it('removes a box, also for good', async () => {
      const { store } = await fresh()
      await store.submitSealed(submission('p1', '1', 1), () => [])
      await store.submitSealed({ ...submission('p1', '2', 2), boxId: 'box2' }, () => [])
      await store.removeSealed('s1', 'box', false)
      expect(await store.listSealed('s1', 'box')).toEqual([])
      await store.removeSealed('s1', 'box2', true)
      expect(await store.listSealed('s1', 'box2')).toEqual([])
    })
  })

  describe('pictures', () => {
    it('stores a picture once under the hash of its bytes, per session', async () => {
      const { store, reopen } = await fresh()
      const picture = new Uint8Array(50_000).map((_, i) => i % 251)
      const name = await store.putAsset('s1', picture)
      expect(name).toMatch(/^[0-9a-f]{64}\.webp$/)
      expect(await store.putAsset('s1', picture)).toBe(name)
      expect(
        Buffer.from((await store.readAsset('s1', name)) ?? []).equals(Buffer.from(picture)),
      ).toBe(true)
      expect(await store.readAsset('s2', name)).toBeUndefined()
      expect(await store.readAsset('s1', '../../etc/passwd')).toBeUndefined()
      expect(await store.readAsset('s1', `${'0'.repeat(64)}.webp`)).toBeUndefined()
      await store.close()
      expect((await (await reopen()).readAsset('s1', name))?.length).toBe(picture.length)
    })
  })

  describe('the session lock', () => {
    it("answers with the work's result or its error, and is free again after either", async () => {
      const { store } = await fresh()
      await store.createSession({ id: 's1', title: 's1', facilitatorKeyHash: 'x', createdAt: 1 })
      expect(await store.withSessionLock('s1', async () => 42)).toBe(42)
      await expect(
        store.withSessionLock('s1', async () => {
          throw new Error('the command failed')
        }),
      ).rejects.toThrow('the command failed')
      expect(await store.withSessionLock('s1', async () => 'again')).toBe('again')
    })

    it('keeps what the work stored while holding it, also for an unknown session', async () => {
      const { store } = await fresh()
      await store.createSession({ id: 's1', title: 's1', facilitatorKeyHash: 'x', createdAt: 1 })
      await store.withSessionLock('s1', () => store.appendUpdates('s1/control', [bytes(1)]))
      await store.withSessionLock('nope', async () => undefined)
      expect(await store.countUpdates('s1/control')).toBe(1)
    })
  })

  describe('deleting a session', () => {
    it('removes its row, documents, submissions and pictures, and nothing of another session', async () => {
      const { store } = await fresh()
      for (const id of ['s1', 's10']) {
        await store.createSession({ id, title: id, facilitatorKeyHash: 'x', createdAt: 1 })
        await store.appendUpdates(`${id}/board`, [bytes(1)])
        await store.submitSealed(
          {
            doc: `${id}/control`,
            sessionId: id,
            boxId: 'box',
            row: { publicId: 'p', name: 'n', value: '1', submittedAt: 1 },
          },
          () => [bytes(2)],
        )
      }
      const picture = await store.putAsset('s1', bytes(1, 2, 3))
      const kept = await store.putAsset('s10', bytes(1, 2, 3))
      await store.deleteSession('s1')
      await store.scrub()
      expect(await store.getSession('s1')).toBeUndefined()
      expect(await store.loadUpdates('s1/board')).toEqual({ updates: [], lastSeq: 0 })
      expect(await store.countUpdates('s1/control')).toBe(0)
      expect(await store.listSealed('s1', 'box')).toEqual([])
      expect(await store.readAsset('s1', picture)).toBeUndefined()
      expect(await store.getSession('s10')).toBeDefined()
      expect(await store.countUpdates('s10/board')).toBe(1)
      expect(await store.countUpdates('s10/control')).toBe(1)
      expect(await store.listSealed('s10', 'box')).toHaveLength(1)
      expect(await store.readAsset('s10', kept)).toBeDefined()
    })
  })
})

/**
 * What only PostgreSQL promises, several nodes sharing one database: the session lock of one
 * node keeps another node's work for that session waiting, and only for that session.
 */
describe('Store contract: PostgreSQL shared by two nodes', () => {
  let shared: PostgresServer | undefined
  const open: Store[] = []
  beforeAll(async () => {
    shared = await startPostgres()
  }, 60_000)
  afterAll(async () => {
    for (const store of open.splice(0)) await store.close()
    await shared?.stop()
  })

  it('runs work for one session on one node at a time, and other sessions meanwhile', async () => {
    if (!shared) throw new Error('PostgreSQL did not start')
    const server = shared
    const url = server.createDatabase('contract_lock')
    const nodeA = await PostgresStore.open(url)
    const nodeB = await PostgresStore.open(url)
    open.push(nodeA, nodeB)
    for (const id of ['s1', 's2']) {
      await nodeA.createSession({ id, title: id, facilitatorKeyHash: 'x', createdAt: 1 })
    }
    const events: string[] = []
    let second: Promise<void> | undefined
    await nodeA.withSessionLock('s1', async () => {
      events.push('A starts')
      // Another session is not held up by this one.
      await nodeB.withSessionLock('s2', async () => {
        events.push('B runs s2')
      })
      second = nodeB.withSessionLock('s1', async () => {
        events.push('B runs s1')
      })
      // B's turn waits on the row lock: seen by PostgreSQL itself, not guessed from time.
      const deadline = Date.now() + 10_000
      while (
        server.query('contract_lock', 'SELECT count(*) FROM pg_locks WHERE NOT granted') === '0'
      ) {
        if (Date.now() > deadline) throw new Error('B never waited for the lock')
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      events.push('A ends')
    })
    await second
    expect(events).toEqual(['A starts', 'B runs s2', 'A ends', 'B runs s1'])
  })
})
