import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  PARTICIPANT_ID_HEADER,
  SessionDocument,
} from '@reflectiebord/shared'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, person, sendCommand, type TestPerson } from '../../support/control.ts'
import { scanDataDir } from '../../support/dataDirScan.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { waitFor, waitForSynced } from '../../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson
let ann: TestPerson
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))

beforeEach(async () => {
  server = await startServerProcess({ env: { LOG_LEVEL: 'debug' } })
  session = await createSession(server.url, 'Wordt zo verwijderd')
  facilitator = person('Begeleider', session)
  ann = person('Ann')
  await waitForSynced(pool.join(ann))
  await waitForSynced(pool.join(facilitator, SessionDocument.Control))
  expect(
    (
      await sendCommand(server.url, session.id, facilitator, {
        type: 'sealed.open',
        boxId: 'doos',
        anonymous: false,
      })
    ).status,
  ).toBe(200)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

/**
 * A request whose body arrives in two parts: the headers and the first part now, the rest
 * when `finish` is called. The server has checked the session when the request began, and
 * reads the rest only after the session is gone.
 */
function slowRequest(path: string, headers: Record<string, string>, body: Uint8Array) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const half = Math.floor(body.length / 2)
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(body.subarray(0, half))
      await released
      controller.enqueue(body.subarray(half))
      controller.close()
    },
  })
  const response = fetch(`${server.url}${path}`, {
    method: 'POST',
    headers,
    body: stream,
    // Node's fetch streams a request body only when told it may.
    duplex: 'half',
  } as RequestInit)
  return { finish: release, response }
}

/** How many API requests with `method` the server has begun (from its debug log). */
function apiRequests(method: string): number {
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes('api request') && line.includes(`method="${method}"`)).length
}

describe('deleting a session', () => {
  it('wins against an upload, a vote and a command that are under way', async () => {
    const photo = await sharp({
      create: { width: 400, height: 300, channels: 3, background: '#336699' },
    })
      .png()
      .toBuffer()
    const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
    const postsBefore = apiRequests('POST')
    const inFlight = [
      slowRequest(
        `/api/sessions/${session.id}/assets`,
        { 'content-type': 'image/png', [PARTICIPANT_ID_HEADER]: ann.pid },
        photo,
      ),
      slowRequest(
        `/api/sessions/${session.id}/sealed/doos`,
        { 'content-type': 'application/json', [PARTICIPANT_ID_HEADER]: ann.pid },
        json({ value: 'een stem die te laat komt' }),
      ),
      slowRequest(
        `/api/sessions/${session.id}/control`,
        {
          'content-type': 'application/json',
          [PARTICIPANT_ID_HEADER]: facilitator.pid,
          [FACILITATOR_KEY_HEADER]: session.facilitatorKey,
        },
        json({ type: 'cap.set', cap: 7 }),
      ),
    ]
    // Each request has reached the server (its handler began, checking the session) before
    // the delete is sent; their bodies are still coming.
    await waitFor(
      () => apiRequests('POST') >= postsBefore + inFlight.length,
      'the three requests to reach the server',
    )
    const removed = await fetch(`${server.url}/api/sessions/${session.id}`, {
      method: 'DELETE',
      headers: { [FACILITATOR_KEY_HEADER]: session.facilitatorKey },
    })
    expect(removed.status).toBe(204)
    for (const request of inFlight) request.finish()
    const statuses = await Promise.all(inFlight.map(async (r) => (await r.response).status))
    expect(statuses).toEqual([404, 404, 404])

    // Nothing of the session is left: no picture, no row, no room brought back to life.
    expect(existsSync(join(server.dataDir, 'assets', session.id))).toBe(false)
    expect(scanDataDir(server.dataDir, [session.id])).toEqual([])
    const log = server.output()
    const afterDeletion = log.slice(log.indexOf('session deleted'))
    expect(afterDeletion.split('\n').filter((line) => line.includes('room loaded'))).toEqual([])
  })
})
