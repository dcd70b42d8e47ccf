import { existsSync } from 'node:fs'
import { join as joinPath } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE_NAME, sessionLogTag } from '@reflectiebord/server'
import {
  CloseCode,
  type CreatedSession,
  DAY_MS,
  FACILITATOR_KEY_HEADER,
  SessionDocument,
  type SessionRetention,
} from '@reflectiebord/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { ClientPool, person, sendCommand, submitSealed } from '../support/control.ts'
import { scanDataDir } from '../support/dataDirScan.ts'
import { roundTrip } from '../support/markers.ts'
import { uploadPhoto } from '../support/photos.ts'
import {
  discardTestServers,
  runServerExpectingExit,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess
let expiring: CreatedSession
let kept: CreatedSession
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: expiring.id }))
const keptPool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: kept.id }))

const secret = 'Familie Verstraeten-Qx, Molenstraat 12'
const keptNote = 'Blijft: evaluatie in juni'
const seconds = (n: number) => (n * 1000) / DAY_MS

afterEach(async () => {
  try {
    pool.closeAll()
    keptPool.closeAll()
  } finally {
    await discardTestServers()
  }
})

async function retentionOf(id: string): Promise<SessionRetention> {
  const res = await fetch(`${server.url}/api/sessions/${id}/retention`)
  expect(res.status).toBe(200)
  return (await res.json()) as SessionRetention
}

function putRetention(id: string, body: unknown, key: string | undefined, raw = false) {
  return fetch(`${server.url}/api/sessions/${id}/retention`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      ...(key ? { [FACILITATOR_KEY_HEADER]: key } : {}),
    },
    body: raw ? (body as string) : JSON.stringify(body),
  })
}

describe('retention', () => {
  it('deletes an expired session for good, as the delete button does, and keeps the others', async () => {
    server = await startServerProcess({ env: { RETENTION_SWEEP_SECONDS: '1' } })
    expiring = await createSession(server.url, 'Verloopt')
    kept = await createSession(server.url, 'Blijft bestaan')
    const facilitator = person('Begeleider', expiring)

    // Everything a session leaves in DATA_DIR: board, control, a vote, a photo.
    const ann = person('Ann')
    const board = pool.join(ann)
    const control = pool.join(ann, SessionDocument.Control)
    const bystander = keptPool.join(person('Collega'))
    await Promise.all([waitForSynced(board), waitForSynced(control), waitForSynced(bystander)])
    board.doc.getMap('tldraw').set('shape:1', { text: secret })
    bystander.doc.getMap('tldraw').set('shape:2', { text: keptNote })
    await Promise.all([roundTrip(board), roundTrip(bystander)])
    await sendCommand(server.url, expiring.id, facilitator, {
      type: 'sealed.open',
      boxId: 'doos',
      anonymous: false,
    })
    expect((await submitSealed(server.url, expiring.id, 'doos', ann, 'oranje')).status).toBe(200)
    const upload = await uploadPhoto(server.url, expiring.id, ann.pid, { background: '#654321' })
    expect(upload.status).toBe(201)
    await waitFor(() => scanDataDir(server.dataDir, [secret]).length > 0, 'the note on disk')
    expect(existsSync(joinPath(server.dataDir, 'assets', expiring.id))).toBe(true)

    // The facilitator shortens the period to two seconds after the last activity: no days of
    // waiting, and the same check a period of days gets.
    const before = Date.now()
    const shortened = await putRetention(expiring.id, { days: seconds(2) }, expiring.facilitatorKey)
    expect(shortened.status).toBe(200)
    const retention = (await shortened.json()) as SessionRetention
    expect(retention.chosenDays).toBe(seconds(2))
    expect(retention.serverDays).toBe(90)
    expect(retention.keptUntil).toBeGreaterThanOrEqual(before + 2000)

    // Ann stays connected: she is told the session is gone, as after the delete button.
    const closes: number[] = []
    board.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closes.push(event.code)
    })
    await waitFor(
      () => closes.includes(CloseCode.SessionNotFound),
      'the expired session’s board connection to close with 4404',
    )
    // The deletion's last step (the photos) is logged when done.
    await waitFor(
      () => server.output().includes(`session deleted session="${sessionLogTag(expiring.id)}"`),
      'the deletion to finish',
    )
    expect(server.output()).toContain(`session expired session="${sessionLogTag(expiring.id)}"`)
    expect(Date.now()).toBeGreaterThanOrEqual(retention.keptUntil)

    expect((await fetch(`${server.url}/api/sessions/${expiring.id}`)).status).toBe(404)
    expect(existsSync(joinPath(server.dataDir, 'assets', expiring.id))).toBe(false)
    const db = new DatabaseSync(joinPath(server.dataDir, DATABASE_FILE_NAME), { readOnly: true })
    const count = (sql: string, id: string) => (db.prepare(sql).get(id) as { n: number }).n
    expect(count('SELECT count(*) AS n FROM sessions WHERE id = ?', expiring.id)).toBe(0)
    expect(
      count("SELECT count(*) AS n FROM doc_updates WHERE doc LIKE ? || '/%'", expiring.id),
    ).toBe(0)
    expect(
      count('SELECT count(*) AS n FROM sealed_submissions WHERE session_id = ?', expiring.id),
    ).toBe(0)
    expect(count('SELECT count(*) AS n FROM sessions WHERE id = ?', kept.id)).toBe(1)
    db.close()
    expect(scanDataDir(server.dataDir, [secret, expiring.id])).toEqual([])

    // The session with the server's period went through the same sweeps and is whole.
    expect((await fetch(`${server.url}/api/sessions/${kept.id}`)).status).toBe(200)
    expect(scanDataDir(server.dataDir, [keptNote]).length).toBeGreaterThan(0)
    const again = keptPool.join(person('Nieuw'))
    await waitForSynced(again)
    await waitFor(() => again.doc.getMap('tldraw').has('shape:2'), 'the kept board')
  })

  it('deletes at start-up what expired while the server was down', async () => {
    // A sweep a day: only the one at start-up can delete anything in this test.
    const env = { RETENTION_SWEEP_SECONDS: '86400' }
    server = await startServerProcess({ env })
    expiring = await createSession(server.url, 'Verloopt terwijl de server stilligt', seconds(1))
    kept = await createSession(server.url, 'Blijft', 7)
    const { keptUntil } = await retentionOf(expiring.id)
    await server.stop()
    await waitFor(() => Date.now() >= keptUntil, 'the period to pass')

    server = await startServerProcess({ dataDir: server.dataDir, env })
    expect(server.output()).toContain(`session expired session="${sessionLogTag(expiring.id)}"`)
    expect((await fetch(`${server.url}/api/sessions/${expiring.id}`)).status).toBe(404)
    expect((await fetch(`${server.url}/api/sessions/${kept.id}`)).status).toBe(200)
    expect(scanDataDir(server.dataDir, [expiring.id, 'Verloopt terwijl'])).toEqual([])
  })

  it('counts from the last activity: an edit moves the day the session is kept until', async () => {
    server = await startServerProcess()
    kept = await createSession(server.url, 'Actief', 7)
    const first = await retentionOf(kept.id)
    expect(first).toMatchObject({ days: 7, chosenDays: 7, serverDays: 90 })
    expect(first.keptUntil).toBe(kept.createdAt + 7 * DAY_MS)

    const board = keptPool.join(person('Ann'))
    await waitForSynced(board)
    const editedAt = Date.now()
    board.doc.getMap('tldraw').set('shape:1', { text: 'nieuw' })
    await roundTrip(board)
    expect((await retentionOf(kept.id)).keptUntil).toBeGreaterThanOrEqual(editedAt + 7 * DAY_MS)
  })
})

describe('the retention API', () => {
  it('tells the server’s period, and keeps a session that period unless told otherwise', async () => {
    server = await startServerProcess({ env: { RETENTION_DAYS: '30' } })
    const res = await fetch(`${server.url}/api/retention`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ days: 30 })
    kept = await createSession(server.url, 'Standaard')
    expect(await retentionOf(kept.id)).toMatchObject({ days: 30, chosenDays: null, serverDays: 30 })
    expect((await putRetention(kept.id, { days: 7 }, kept.facilitatorKey)).status).toBe(200)
    expect(await retentionOf(kept.id)).toMatchObject({ days: 7, chosenDays: 7 })
    // Back to the server's period.
    expect((await putRetention(kept.id, { days: null }, kept.facilitatorKey)).status).toBe(200)
    expect(await retentionOf(kept.id)).toMatchObject({ days: 30, chosenDays: null })
  })

  it('refuses a period longer than the server’s, and garbage, with a clear code', async () => {
    server = await startServerProcess({ env: { RETENTION_DAYS: '30' } })
    const create = (body: unknown) =>
      fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const code = async (res: Response) =>
      ((await res.json()) as { error: { code: string } }).error.code

    const tooLong = await create({ title: 'Lang', retentionDays: 31 })
    expect(tooLong.status).toBe(400)
    expect(await code(tooLong)).toBe('retention-too-long')
    for (const garbage of ['dertig', 0, -7, { days: 7 }, [7], true, 1e9]) {
      const res = await create({ title: 'Rommel', retentionDays: garbage })
      expect(res.status, JSON.stringify(garbage)).toBe(400)
      expect(await code(res)).toBe('invalid-retention')
    }
    // A bad title is named first.
    expect(await code(await create({ title: '', retentionDays: 31 }))).toBe('title-empty')
    expect((await create({ title: 'Kort', retentionDays: 1 })).status).toBe(201)

    kept = await createSession(server.url, 'Bestaand')
    const key = kept.facilitatorKey
    expect(await code(await putRetention(kept.id, { days: 31 }, key))).toBe('retention-too-long')
    expect(await code(await putRetention(kept.id, { days: 'week' }, key))).toBe('invalid-retention')
    expect(await code(await putRetention(kept.id, {}, key))).toBe('invalid-retention')
    expect(await code(await putRetention(kept.id, 7, key))).toBe('invalid-retention')
    expect(await code(await putRetention(kept.id, '{"days":', key, true))).toBe('invalid-json')
    const withoutKey = await putRetention(kept.id, { days: 1 }, undefined)
    expect(withoutKey.status).toBe(403)
    expect(await code(withoutKey)).toBe('wrong-key')
    expect((await putRetention(kept.id, { days: 1 }, 'x'.repeat(43))).status).toBe(403)
    // None of the refused requests changed anything.
    expect(await retentionOf(kept.id)).toMatchObject({ chosenDays: null })

    const unknown = await putRetention('AAAAAAAAAAAAAAAAAAAAAAAA', { days: 1 }, key)
    expect(unknown.status).toBe(404)
    expect((await fetch(`${server.url}/api/sessions/nope/retention`)).status).toBe(404)
    const post = await fetch(`${server.url}/api/sessions/${kept.id}/retention`, { method: 'POST' })
    expect(post.status).toBe(405)
  })

  it('refuses a RETENTION_DAYS that makes no sense, naming it', async () => {
    const { code, output } = await runServerExpectingExit({ RETENTION_DAYS: 'altijd' })
    expect(code).toBe(1)
    expect(output).toContain('RETENTION_DAYS must be a number above 0')
  })
})
