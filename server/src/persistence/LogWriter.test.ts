import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

  it('keeps no thread while idle: starts one for a write and stops it after a pause, losing nothing', async () => {
    const file = databaseFile(true)
    const writer = new LogWriter(file, { idleMs: 50 })
    try {
      // Reading and other main-connection work needs no thread.
      expect(await writer.exclusive(() => 'read')).toBe('read')
      expect(writer.running).toBe(false)
      expect(await writer.append('a/board', [new Uint8Array([1])])).toBe(1)
      expect(writer.running).toBe(true)
      await vi.waitFor(() => expect(writer.running).toBe(false), { timeout: 5_000, interval: 10 })
      // The next write starts a thread again, and both writes are in the file.
      expect(await writer.append('a/board', [new Uint8Array([2])])).toBe(2)
      const db = new DatabaseSync(file)
      try {
        const rows = db.prepare('SELECT seq, data FROM doc_updates ORDER BY seq').all()
        expect(rows.map((row) => [row.seq, [...(row.data as Uint8Array)]])).toEqual([
          [1, [1]],
          [2, [2]],
        ])
      } finally {
        db.close()
      }
    } finally {
      await writer.close()
    }
    expect(writer.running).toBe(false)
  })

  it('closes once every write is in, also one asked while it was closing', async () => {
    const file = databaseFile(true)
    // Far longer than the test may take: closing must not wait for the idle timer.
    const writer = new LogWriter(file, { idleMs: 600_000 })
    const first = writer.append('a/board', [new Uint8Array([1])])
    // The first write is sent to the thread at the end of this microtask.
    await Promise.resolve()
    const closing = writer.close()
    // Asked after close, before the first commit is in (a room's last flush on shutdown).
    const late = writer.append('a/board', [new Uint8Array([2])])
    await closing
    expect(await Promise.all([first, late])).toEqual([1, 2])
    expect(writer.running).toBe(false)
  }, 10_000)
})
