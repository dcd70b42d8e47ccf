import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { copyToStore, TargetNotEmptyError } from './copyToStore.ts'
import { SqliteExport } from './SqliteExport.ts'
import { SqliteStore } from './SqliteStore.ts'

const dirs: string[] = []
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-copy-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function notes(count: number): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let i = 0; i < count; i++) doc.getMap('tldraw').set(`shape:${i}`, { text: `notitie ${i}` })
  return updates
}

async function filledSource(): Promise<string> {
  const dir = dataDir()
  const store = new SqliteStore(dir)
  await store.createSession({
    id: 'sessie1',
    title: 'Intervisie',
    facilitatorKeyHash: 'ab',
    createdAt: 1,
  })
  await store.writeActivity('sessie1', {
    lastActivityAt: 50,
    metAt: 10,
    partedAt: 40,
    togetherMs: 30,
  })
  await store.appendUpdates('sessie1/board', notes(12))
  await store.submitSealed(
    {
      doc: 'sessie1/control',
      sessionId: 'sessie1',
      boxId: 'vote:s1:1',
      row: { publicId: 'p1', name: 'Ann', value: 'rood', submittedAt: 5 },
    },
    () => [],
  )
  await store.putAsset('sessie1', new Uint8Array([1, 2, 3]))
  await store.close()
  return dir
}

describe('copyToStore', () => {
  it('copies sessions, documents, hidden submissions and pictures, and they read back the same', async () => {
    const source = new SqliteExport(await filledSource())
    const target = new SqliteStore(dataDir())
    const report = await copyToStore(source, target)
    expect(report).toMatchObject({ sessions: 1, documents: 1, updates: 12, sealed: 1, pictures: 1 })
    expect(report.problems).toEqual([])
    expect(await target.getSession('sessie1')).toMatchObject({
      title: 'Intervisie',
      lastActivityAt: 50,
      metAt: 10,
      togetherMs: 30,
    })
    expect(await target.listSealed('sessie1', 'vote:s1:1')).toEqual([
      { publicId: 'p1', name: 'Ann', value: 'rood', submittedAt: 5 },
    ])
    source.close()
    await target.close()
  })

  it('names a picture whose content no longer matches its name, and a document without a session', async () => {
    const dir = await filledSource()
    const folder = join(dir, 'assets', 'sessie1')
    const [name] = readdirSync(folder)
    writeFileSync(join(folder, name ?? ''), new Uint8Array([9, 9, 9]))
    const orphan = new SqliteStore(dir)
    await orphan.appendUpdates('verdwenen/board', notes(1))
    await orphan.close()
    const source = new SqliteExport(dir)
    const target = new SqliteStore(dataDir())
    const report = await copyToStore(source, target)
    expect(report.problems).toEqual([
      'document verdwenen/board: no session verdwenen, left out',
      `picture sessie1/${name}: its content does not match its name`,
    ])
    source.close()
    await target.close()
  })

  it('refuses a target that already holds sessions, before writing anything', async () => {
    const source = new SqliteExport(await filledSource())
    const target = new SqliteStore(dataDir())
    await target.createSession({
      id: 'ander',
      title: 'Ander',
      facilitatorKeyHash: 'cd',
      createdAt: 2,
    })
    await expect(copyToStore(source, target)).rejects.toBeInstanceOf(TargetNotEmptyError)
    expect(await target.getSession('sessie1')).toBeUndefined()
    source.close()
    await target.close()
  })
})
