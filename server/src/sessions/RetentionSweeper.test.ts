import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DAY_MS } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import { RetentionSweeper } from './RetentionSweeper.ts'
import { SessionActivity } from './SessionActivity.ts'

const made = Date.UTC(2026, 11, 2, 8, 0)
let dir: string
let store: SqliteStore
let activity: SessionActivity
let removed: string[]
let sweeper: RetentionSweeper

function session(id: string, retentionDays: number | null = null): Promise<void> {
  return store.createSession({
    id,
    title: id,
    facilitatorKeyHash: 'ff',
    createdAt: made,
    retentionDays,
  })
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reflectiebord-sweep-'))
  store = new SqliteStore(dir)
  activity = new SessionActivity(store, createLogger('silent'))
  removed = []
  sweeper = new RetentionSweeper({
    store,
    activity,
    serverDays: 90,
    // What deleteSession does to the database; the rest is the integration test's.
    remove: async (id) => {
      await store.deleteSession(id)
      removed.push(id)
    },
    logger: createLogger('silent'),
  })
})

afterEach(async () => {
  await sweeper.stop()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('RetentionSweeper', () => {
  it('deletes the sessions whose period has passed since their last activity, only those', async () => {
    await session('default')
    await session('week', 7)
    await session('day', 1)
    expect(await sweeper.sweep(made + DAY_MS - 1)).toEqual([])
    expect(await sweeper.sweep(made + DAY_MS)).toEqual(['day'])
    expect(await sweeper.sweep(made + 30 * DAY_MS)).toEqual(['week'])
    expect(await sweeper.sweep(made + 90 * DAY_MS)).toEqual(['default'])
    expect(removed).toEqual(['day', 'week', 'default'])
  })

  it('counts from the activity in memory, not yet written to the row', async () => {
    await session('busy', 1)
    activity.touch('busy', made + 10 * DAY_MS)
    expect(await sweeper.sweep(made + 10 * DAY_MS + 1000)).toEqual([])
    expect(await sweeper.sweep(made + 11 * DAY_MS)).toEqual(['busy'])
  })

  it('never keeps a session longer than the server’s period now, whatever was chosen', async () => {
    const shorter = new RetentionSweeper({
      store,
      activity,
      serverDays: 14,
      remove: async (id) => {
        await store.deleteSession(id)
      },
      logger: createLogger('silent'),
    })
    await session('chose-30', 30)
    expect(await shorter.sweep(made + 14 * DAY_MS)).toEqual(['chose-30'])
  })

  it('runs one sweep at a time and tries a failed deletion again at the next', async () => {
    await session('a', 1)
    let fail = true
    const flaky = new RetentionSweeper({
      store,
      activity,
      serverDays: 90,
      remove: async (id) => {
        if (fail) throw new Error('disk full')
        await store.deleteSession(id)
      },
      logger: createLogger('silent'),
    })
    const first = flaky.sweep(made + 2 * DAY_MS)
    expect(flaky.sweep(made + 2 * DAY_MS)).toBe(first)
    expect(await first).toEqual([])
    fail = false
    expect(await flaky.sweep(made + 2 * DAY_MS)).toEqual(['a'])
  })
})
