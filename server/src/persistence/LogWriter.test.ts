import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { LogWriter } from './LogWriter.ts'

const folders: string[] = []

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function databaseFile(withLog: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'reflectiebord-logwriter-'))
  folders.push(dir)
  const file = join(dir, 'test.sqlite')
  const db = new DatabaseSync(file)
  db.exec('PRAGMA journal_mode = WAL')
  if (withLog) {
    db.exec(
      'CREATE TABLE doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL)',
    )
  }
  db.close()
  return file
}

describe('LogWriter', () => {
  it('commits on its thread and answers with the sequence numbers, in the order asked', async () => {
    const writer = new LogWriter(databaseFile(true))
    try {
      const first = writer.append('a/board', [new Uint8Array([1]), new Uint8Array([2])])
      const second = writer.append('b/board', [new Uint8Array([3])])
      expect(await Promise.all([first, second])).toEqual([2, 3])
      expect(await writer.exclusive(() => 'after both')).toBe('after both')
    } finally {
      await writer.close()
    }
  })

  it('fails what was asked, and everything later, with a clear error when its thread is gone', async () => {
    // A database without the log table: the thread cannot prepare its statements and stops.
    const writer = new LogWriter(databaseFile(false))
    const pending = writer.append('a/board', [new Uint8Array([1])])
    await expect(pending).rejects.toThrow('no such table: doc_updates')
    await expect(writer.append('a/board', [new Uint8Array([2])])).rejects.toThrow(
      'no such table: doc_updates',
    )
    // Work waiting for the writer runs instead of waiting for good.
    expect(await writer.exclusive(() => 'still served')).toBe('still served')
    await writer.close()
  })
})
