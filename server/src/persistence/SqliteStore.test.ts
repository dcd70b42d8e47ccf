import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  it('gives back the appended updates, in order, after the database is reopened', () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(200)
    const store = new SqliteStore(dir)
    for (let i = 0; i < updates.length; i += 13)
      store.appendUpdates('s/board', updates.slice(i, i + 13))
    store.close()

    const reopened = new SqliteStore(dir)
    const loaded = reopened.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(updates.length)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    reopened.close()
  })

  it('keeps documents apart', () => {
    const store = new SqliteStore(dataDir())
    const a = editedDocument(5)
    const b = editedDocument(9)
    store.appendUpdates('a/board', a.updates)
    store.appendUpdates('b/board', b.updates)
    expect(store.loadUpdates('a/board').updates).toHaveLength(5)
    expect(store.loadUpdates('b/board').updates).toHaveLength(9)
    expect(store.loadUpdates('c/board')).toEqual({ updates: [], lastSeq: 0 })
    store.close()
  })

  it('compacts the log into one snapshot that reloads to the same document', () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(1000)
    const store = new SqliteStore(dir)
    const lastSeq = store.appendUpdates('s/board', updates)
    store.compact('s/board', Y.encodeStateAsUpdate(doc), lastSeq)
    expect(store.countUpdates('s/board')).toBe(1)
    store.close()

    const reopened = new SqliteStore(dir)
    const loaded = reopened.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(1)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    reopened.close()
  })

  it('gives the space of compacted updates back: the file shrinks', () => {
    const dir = dataDir()
    const { doc, updates } = editedDocument(6000)
    const store = new SqliteStore(dir)
    const lastSeq = store.appendUpdates('s/board', updates)
    store.close()
    const file = join(dir, DATABASE_FILE_NAME)
    const before = statSync(file).size

    const reopened = new SqliteStore(dir)
    reopened.compact('s/board', Y.encodeStateAsUpdate(doc), lastSeq)
    reopened.close()
    expect(statSync(file).size).toBeLessThan(before / 4)
  })

  it('keeps updates appended after the compaction point', () => {
    const store = new SqliteStore(dataDir())
    const { doc, updates } = editedDocument(100)
    const firstPart = updates.slice(0, 60)
    const upTo = store.appendUpdates('s/board', firstPart)
    store.appendUpdates('s/board', updates.slice(60))
    store.compact('s/board', Y.encodeStateAsUpdate(reload(firstPart)), upTo)
    const loaded = store.loadUpdates('s/board')
    expect(loaded.updates).toHaveLength(1 + updates.length - firstPart.length)
    expect(reload(loaded.updates).getMap('tldraw').toJSON()).toEqual(doc.getMap('tldraw').toJSON())
    store.close()
  })

  it('stores sessions and finds them by id', () => {
    const store = new SqliteStore(dataDir())
    store.createSession({ id: 'abc', title: 'Intervisie', facilitatorKeyHash: 'ff', createdAt: 5 })
    expect(store.getSession('abc')).toEqual({
      id: 'abc',
      title: 'Intervisie',
      facilitatorKeyHash: 'ff',
      createdAt: 5,
    })
    expect(store.getSession('nope')).toBeUndefined()
    store.close()
  })

  it('refuses to open a file that is not a database, naming it and leaving it untouched', () => {
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

  it('refuses a database whose pages were damaged', () => {
    const dir = dataDir()
    const store = new SqliteStore(dir)
    store.appendUpdates('s/board', editedDocument(2000).updates)
    store.close()
    const file = join(dir, DATABASE_FILE_NAME)
    const bytes = readFileSync(file)
    // Overwrite everything after the first page (header and schema stay readable).
    bytes.fill(0xa5, 4096)
    writeFileSync(file, bytes)
    expect(() => new SqliteStore(dir)).toThrow(DatabaseUnreadableError)
  })
})
