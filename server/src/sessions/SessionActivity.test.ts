import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLogger } from '../logger.ts'
import { SqliteStore } from '../persistence/SqliteStore.ts'
import { SessionActivity } from './SessionActivity.ts'

const minute = 60_000
const created = Date.UTC(2026, 11, 2, 8, 0)
let dir: string
let store: SqliteStore
let activity: SessionActivity

/** A scheduled write runs after the current turn, once the session's row has been read. */
const writesDone = async () => {
  await activity.settled()
  await new Promise((resolve) => setImmediate(resolve))
}
const row = () => store.getSession('s')

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reflectiebord-activity-'))
  store = new SqliteStore(dir)
  await store.createSession({ id: 's', title: 'T', facilitatorKeyHash: 'ff', createdAt: created })
  activity = new SessionActivity(store, createLogger('silent'), minute)
})

afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('SessionActivity', () => {
  it('writes the first activity after a quiet minute at once, then at most once a minute', async () => {
    activity.touch('s', created + 10 * minute)
    await writesDone()
    expect((await row())?.lastActivityAt).toBe(created + 10 * minute)

    for (let second = 1; second < 60; second++)
      activity.touch('s', created + 10 * minute + second * 1000)
    await writesDone()
    // Not written yet, but readers see it.
    expect((await row())?.lastActivityAt).toBe(created + 10 * minute)
    expect(activity.lastActivityAt('s', created)).toBe(created + 10 * minute + 59_000)

    activity.touch('s', created + 11 * minute)
    await writesDone()
    expect((await row())?.lastActivityAt).toBe(created + 11 * minute)
  })

  it('writes what is newer when asked to save, and at shutdown', async () => {
    activity.touch('s', created + 10 * minute)
    await writesDone()
    activity.touch('s', created + 10 * minute + 5000)
    await activity.save('s', created + 10 * minute + 6000)
    expect((await row())?.lastActivityAt).toBe(created + 10 * minute + 5000)
    activity.touch('s', created + 10 * minute + 7000)
    await activity.saveAll(created + 10 * minute + 8000)
    expect((await row())?.lastActivityAt).toBe(created + 10 * minute + 7000)
  })

  it('keeps the time together across writes, counting a stretch still going on up to the write', async () => {
    activity.peopleOnline('s', 1, created + minute)
    activity.peopleOnline('s', 2, created + 5 * minute)
    await activity.save('s', created + 35 * minute)
    expect(await row()).toMatchObject({
      metAt: created + 5 * minute,
      partedAt: created + 35 * minute,
      togetherMs: 30 * minute,
    })
    // Saving twice while the stretch goes on counts it once.
    activity.peopleOnline('s', 1, created + 65 * minute)
    await activity.save('s', created + 70 * minute)
    expect(await row()).toMatchObject({ partedAt: created + 65 * minute, togetherMs: 60 * minute })
    expect(activity.meeting((await row()) ?? never(), created + 100 * minute)).toEqual({
      metAt: created + 5 * minute,
      endedAt: created + 65 * minute,
      togetherMs: 60 * minute,
    })
  })

  it('starts from the row again after a restart: the downtime is not time together', async () => {
    activity.peopleOnline('s', 3, created)
    await activity.saveAll(created + 20 * minute)
    // The process is gone; a new one reads the row.
    const next = new SessionActivity(store, createLogger('silent'), minute)
    next.peopleOnline('s', 2, created + 90 * minute)
    await next.settled()
    expect(next.meeting((await row()) ?? never(), created + 100 * minute)?.togetherMs).toBe(
      30 * minute,
    )
  })

  it('does nothing for a session that does not exist, and writes nothing after forget', async () => {
    activity.touch('nope', created)
    expect(await store.getSession('nope')).toBeUndefined()
    activity.touch('s', created + 10 * minute)
    activity.forget('s')
    await writesDone()
    expect((await row())?.lastActivityAt).toBe(created)
  })
})

function never(): never {
  throw new Error('no row')
}
