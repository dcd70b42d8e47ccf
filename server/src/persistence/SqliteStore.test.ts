import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DatabaseUnreadableError } from './DatabaseUnreadableError.ts'
import { DATABASE_FILE_NAME, SqliteStore } from './SqliteStore.ts'

const dirs: string[] = []
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-store-'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A document edited in many small steps, with the update of every step. */
function editedDocument(steps: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const records = doc.getMap('tldraw')
  for (let i = 0; i < steps; i++) {
    records.set(`shape:${i % 20}`, { id: `shape:${i % 20}`, x: i, text: `notitie ${i}` })
    if (i % 7 === 0) records.delete(`shape:${(i + 3) % 20}`)
  }
  return { doc, updates }
}

function reload(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc()
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
  return doc
}

describe('SqliteStore', () => {
  it('gives back the appended updates, in order, after the database is reopened', async () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(200)
    const store = new SqliteStore(dir)
    for (let i = 0; i < updates.length; i += 13)
      await store.appendUpdates('s/board', updates.slice(i, i + 13))
    await store.close()

    const reopened = new SqliteStore(dir)
    const loaded = await reopened.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(updates.length)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    await reopened.close()
  })

  it('keeps documents apart', async () => {
    const store = new SqliteStore(dataDir())
    const a = editedDocument(5)
    const b = editedDocument(9)
    await store.appendUpdates('a/board', a.updates)
    await store.appendUpdates('b/board', b.updates)
    expect((await await store.loadUpdates('a/board')).updates).toHaveLength(5)
    expect((await await store.loadUpdates('b/board')).updates).toHaveLength(9)
    expect(await store.loadUpdates('c/board')).toEqual({ updates: [], lastSeq: 0 })
    await store.close()
  })

  it('compacts the log into one snapshot that reloads to the same document', async () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(1000)
    const store = new SqliteStore(dir)
    const lastSeq = await store.appendUpdates('s/board', updates)
    await store.compact('s/board', Y.encodeStateAsUpdate(doc), lastSeq)
    expect(await store.countUpdates('s/board')).toBe(1)
    await store.close()

    const reopened = new SqliteStore(dir)
    const loaded = await reopened.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(1)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    await reopened.close()
  })

  it('gives the space of compacted updates back: the file shrinks', async () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(6000)
    const store = new SqliteStore(dir)
    const lastSeq = await store.appendUpdates('s/board', updates)
    await store.close()
    const file = join(dir, DATABASE_FILE_NAME)
    const before = statSync(file).size

    const reopened = new SqliteStore(dir)
    await reopened.compact('s/board', Y.encodeStateAsUpdate(doc), lastSeq)
    await reopened.close()
    expect(statSync(file).size).toBeLessThan(before / 4)
  })

  it('keeps updates appended after the compaction point', async () => {
    const store = new SqliteStore(dataDir())
    const { doc, updates } = editedDocument(100)
    const firstPart = updates.slice(0, 60)
    const upTo = await store.appendUpdates('s/board', firstPart)
    await store.appendUpdates('s/board', updates.slice(60))
    await store.compact('s/board', Y.encodeStateAsUpdate(reload(firstPart)), upTo)
    const loaded = await store.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(1 + updates.length - firstPart.length)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    await store.close()
  })

  it('stores sessions and finds them by id', async () => {
    const store = new SqliteStore(dataDir())
    await store.createSession({
      id: 'abc',
      title: 'Intervisie',
      facilitatorKeyHash: 'ff',
      createdAt: 5,
    })
    expect(await store.getSession('abc')).toEqual({
      id: 'abc',
      title: 'Intervisie',
      facilitatorKeyHash: 'ff',
      createdAt: 5,
      retentionDays: null,
      lastActivityAt: 5,
      metAt: null,
      partedAt: null,
      togetherMs: 0,
    })
    expect(await store.getSession('nope')).toBeUndefined()
    await store.close()
  })

  it('stores a session’s retention period and activity, the last activity only ever later', async () => {
    const store = new SqliteStore(dataDir())
    await store.createSession({ id: 'a', title: 'A', facilitatorKeyHash: 'ff', createdAt: 5 })
    await store.createSession({
      id: 'b',
      title: 'B',
      facilitatorKeyHash: 'ff',
      createdAt: 6,
      retentionDays: 7,
    })
    await store.writeActivity('a', { lastActivityAt: 100, metAt: 20, partedAt: 90, togetherMs: 70 })
    await store.writeActivity('a', { lastActivityAt: 50, metAt: 20, partedAt: 90, togetherMs: 70 })
    await store.setRetentionDays('a', 0.5)
    expect(await store.getSession('a')).toMatchObject({
      retentionDays: 0.5,
      lastActivityAt: 100,
      metAt: 20,
      partedAt: 90,
      togetherMs: 70,
    })
    expect(await store.retentionRows()).toEqual([
      { id: 'a', retentionDays: 0.5, lastActivityAt: 100 },
      { id: 'b', retentionDays: 7, lastActivityAt: 6 },
    ])
    // Writing the activity of a session deleted meanwhile does not bring it back.
    await store.deleteSession('b')
    await store.writeActivity('b', {
      lastActivityAt: 200,
      metAt: null,
      partedAt: null,
      togetherMs: 0,
    })
    expect(await store.getSession('b')).toBeUndefined()
    await store.close()
  })

  it('upgrades a version 2 database, counting old sessions’ retention from the upgrade', async () => {
    const dir = dataDir()
    const old = new DatabaseSync(join(dir, DATABASE_FILE_NAME))
    old.exec(`
      CREATE TABLE sessions (id TEXT PRIMARY KEY, title TEXT NOT NULL,
        facilitator_key_hash TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT;
      INSERT INTO sessions VALUES ('oud', 'Van vorig jaar', 'ff', 1000);
      PRAGMA user_version = 2;
    `)
    old.close()
    const before = Date.now()
    const store = new SqliteStore(dir)
    const row = await store.getSession('oud')
    expect(row).toMatchObject({ title: 'Van vorig jaar', createdAt: 1000, retentionDays: null })
    expect(row?.lastActivityAt).toBeGreaterThanOrEqual(before)
    await store.close()
  })

  it('refuses to open a file that is not a database, naming it and leaving it untouched', async () => {
    const dir = dataDir()
    const file = join(dir, DATABASE_FILE_NAME)
    const garbage = Buffer.from('dit is geen databank '.repeat(500))
    writeFileSync(file, garbage)
    let error: unknown
    try {
      new SqliteStore(dir)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(DatabaseUnreadableError)
    expect((error as Error).message).toContain(file)
    expect(readFileSync(file).equals(garbage)).toBe(true)
  })

  it('refuses a database whose pages were damaged', async () => {
    const dir = dataDir()
    const store = new SqliteStore(dir)
    await store.appendUpdates('s/board', editedDocument(2000).updates)
    await store.close()
    const file = join(dir, DATABASE_FILE_NAME)
    const bytes = readFileSync(file)
    // Overwrite everything after the first page (header and schema stay readable).
    bytes.fill(0xa5, 4096)
    writeFileSync(file, bytes)
    expect(() => new SqliteStore(dir)).toThrow(DatabaseUnreadableError)
  })

  describe('group commit', () => {
    it('commits the appends of several documents asked for in one turn, each visible on disk when its promise resolves', async () => {
      const dir = dataDir()
      const store = new SqliteStore(dir)
      const a = editedDocument(3).updates
      const b = editedDocument(2).updates
      const asked = [store.appendUpdates('s/board', a), store.appendUpdates('t/board', b)]
      const [seqA, seqB] = await Promise.all(asked)
      // Another connection, as after a crash, reads both.
      const reader = new DatabaseSync(join(dir, DATABASE_FILE_NAME), { readOnly: true })
      try {
        const count = (doc: string) =>
          (
            reader.prepare('SELECT count(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as {
              n: number
            }
          ).n
        expect(count('s/board')).toBe(3)
        expect(count('t/board')).toBe(2)
      } finally {
        reader.close()
      }
      expect(seqB).toBeGreaterThan(seqA ?? 0)
      await store.close()
    })

    it('keeps the order asked for: a read or a compaction after a queued append sees it', async () => {
      const store = new SqliteStore(dataDir())
      const { doc, updates } = editedDocument(10)
      const appended = store.appendUpdates('s/board', updates)
      // Not awaited: the load comes after the append in the order asked.
      const loaded = await store.loadUpdates('s/board')
      expect(loaded.updates).toHaveLength(10)
      expect(loaded.lastSeq).toBe(await appended)
      const snapshot = Y.encodeStateAsUpdate(doc)
      const later = store.appendUpdates('s/board', [snapshot])
      await store.compact('s/board', snapshot, loaded.lastSeq)
      // The append asked for before the compaction is stored before it, and outlives it.
      expect((await store.loadUpdatesAfter('s/board', loaded.lastSeq)).length).toBe(2)
      await later
      await store.close()
    })

    it('lets one failing append fail alone', async () => {
      const store = new SqliteStore(dataDir())
      const good = store.appendUpdates('s/board', editedDocument(2).updates)
      // SQLite cannot bind an object: this batch's statement throws inside the transaction.
      const bad = store.appendUpdates('t/board', [{} as unknown as Uint8Array])
      await expect(bad).rejects.toThrow()
      expect(await good).toBeGreaterThan(0)
      expect(await store.countUpdates('s/board')).toBe(2)
      expect(await store.countUpdates('t/board')).toBe(0)
      await store.close()
    })

    it('stores what was queued when closed', async () => {
      const dir = dataDir()
      const store = new SqliteStore(dir)
      const appended = store.appendUpdates('s/board', editedDocument(4).updates)
      await store.close()
      expect(await appended).toBeGreaterThan(0)
      const reopened = new SqliteStore(dir)
      expect(await reopened.countUpdates('s/board')).toBe(4)
      await reopened.close()
    })
  })
})
