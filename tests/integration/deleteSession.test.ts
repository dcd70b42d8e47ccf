import { existsSync } from 'node:fs'
import { join as joinPath } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE_NAME } from '@reflectiebord/server'
import {
  CloseCode,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ClientPool,
  person,
  sendCommand,
  submitSealed,
  type TestPerson,
} from '../support/control.ts'
import { scanDataDir } from '../support/dataDirScan.ts'
import { uploadPhoto } from '../support/photos.ts'
import { closeOf, connectRaw } from '../support/rawClient.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'
import { requestTicket } from '../support/tickets.ts'

let server: ServerProcess
let session: CreatedSession
let other: CreatedSession
let facilitator: TestPerson
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const otherPool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: other.id }))

const secret = 'Familie Wuytack-Zq, Kerkstraat 9'

function remove(key: string | undefined) {
  return fetch(`${server.url}/api/sessions/${session.id}`, {
    method: 'DELETE',
    headers: key ? { [FACILITATOR_KEY_HEADER]: key } : {},
  })
}

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Te verwijderen')
  other = await createSession(server.url, 'Blijft bestaan')
  facilitator = person('Begeleider', session)
})

afterEach(async () => {
  try {
    pool.closeAll()
    otherPool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('deleting a session', () => {
  it('removes its board, control, submissions and pictures, and disconnects everyone', async () => {
    const ann = person('Ann')
    const board = pool.join(ann)
    const control = pool.join(ann, SessionDocument.Control)
    const bystander = otherPool.join(person('Collega'))
    await Promise.all([waitForSynced(board), waitForSynced(control), waitForSynced(bystander)])
    board.doc.getMap('tldraw').set('shape:1', { text: secret })
    bystander.doc.getMap('tldraw').set('shape:2', { text: 'andere sessie' })
    await sendCommand(server.url, session.id, facilitator, {
      type: 'sealed.open',
      boxId: 'doos',
      anonymous: false,
    })
    expect((await submitSealed(server.url, session.id, 'doos', ann, 'groen')).status).toBe(200)
    const { src } = await uploadPhoto(server.url, session.id, ann.pid, { background: '#123456' })
    await waitFor(() => scanDataDir(server.dataDir, [secret]).length > 0, 'the note to be stored')
    expect(scanDataDir(server.dataDir, [secret]).length).toBeGreaterThan(0)

    const closes: number[] = []
    board.provider.on('connection-close', (event: CloseEvent | null) => {
      if (event) closes.push(event.code)
    })
    expect((await remove(session.facilitatorKey)).status).toBe(204)
    await waitFor(
      () => closes.includes(CloseCode.SessionNotFound),
      'the board connection to be closed with 4404',
    )

    expect((await fetch(`${server.url}/api/sessions/${session.id}`)).status).toBe(404)
    expect((await fetch(`${server.url}${src}`)).status).toBe(404)
    expect(existsSync(joinPath(server.dataDir, 'assets', session.id))).toBe(false)
    // Nobody gets a ticket for it any more, and a websocket to it is closed as not found.
    expect((await requestTicket(server.url, session.id, { name: 'Laat' })).status).toBe(404)
    const raw = await connectRaw(`${server.wsUrl}/${session.id}/board`, { asIs: true })
    expect((await closeOf(raw)).code).toBe(CloseCode.SessionNotFound)

    const db = new DatabaseSync(joinPath(server.dataDir, DATABASE_FILE_NAME), { readOnly: true })
    expect(db.prepare('SELECT count(*) AS n FROM sessions WHERE id = ?').get(session.id)).toEqual({
      n: 0,
    })
    expect(
      db.prepare("SELECT count(*) AS n FROM doc_updates WHERE doc LIKE ? || '/%'").get(session.id),
    ).toEqual({ n: 0 })
    expect(
      db
        .prepare('SELECT count(*) AS n FROM sealed_submissions WHERE session_id = ?')
        .get(session.id),
    ).toEqual({ n: 0 })
    db.close()
    expect(scanDataDir(server.dataDir, [secret])).toEqual([])

    // The other session is untouched.
    const again = otherPool.join(person('Nieuw'))
    await waitForSynced(again)
    await waitFor(
      () => again.doc.getMap('tldraw').has('shape:2'),
      'the other session to keep its board',
    )
  })

  it('is refused without the facilitator key, and with a wrong one', async () => {
    expect((await remove(undefined)).status).toBe(403)
    expect((await remove('A'.repeat(43))).status).toBe(403)
    expect((await fetch(`${server.url}/api/sessions/${session.id}`)).status).toBe(200)
  })
})
