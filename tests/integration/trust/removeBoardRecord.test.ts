import { type CreatedSession, SessionDocument } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, person, sendCommand, type TestPerson } from '../../support/control.ts'
import { roundTrip } from '../../support/markers.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { type StockClient, waitFor, waitForSynced } from '../../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson
let ann: TestPerson
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))

const command = (body: unknown, who: TestPerson = facilitator) =>
  sendCommand(server.url, session.id, who, body)
const records = (client: StockClient) => client.doc.getMap<unknown>('tldraw')

/** A note as a buggy or hostile client might write it: tldraw has no such colour. */
const brokenNote = {
  id: 'shape:kapot',
  typeName: 'shape',
  type: 'note',
  x: 0,
  y: 0,
  props: { color: 'chartreuse' },
  meta: {},
}
const goodNote = { ...brokenNote, id: 'shape:heel', props: { color: 'yellow' } }

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Een kapot onderdeel')
  facilitator = person('Begeleider', session)
  ann = person('Ann')
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('removing a record that breaks the board (board.removeRecord)', () => {
  it('is for facilitators only, answers 404 for an unknown record, and the record is gone for a fresh client', async () => {
    // Any stock y-websocket client can write anything into the board document.
    const writer = pool.join(ann)
    await waitForSynced(writer)
    writer.doc.transact(() => {
      records(writer).set(brokenNote.id, brokenNote)
      records(writer).set(goodNote.id, goodNote)
    })
    // The server has both once it answers a marker sent after them.
    await roundTrip(writer)

    const refused = await command({ type: 'board.removeRecord', recordId: brokenNote.id }, ann)
    expect(refused.status).toBe(403)
    expect(refused.body.error?.code).toBe('not-facilitator')
    const unknown = await command({ type: 'board.removeRecord', recordId: 'shape:bestaat-niet' })
    expect(unknown.status).toBe(404)
    expect(unknown.body.error?.code).toBe('unknown-record')
    const empty = await command({ type: 'board.removeRecord', recordId: '' })
    expect(empty.status).toBe(400)
    expect(empty.body.error?.code).toBe('invalid-id')

    const removed = await command({ type: 'board.removeRecord', recordId: brokenNote.id })
    expect(removed.status).toBe(200)
    // Gone for whoever is connected...
    await waitFor(() => !records(writer).has(brokenNote.id), 'the removal to reach Ann')
    // ...and for whoever comes later, from what the server stored.
    const fresh = pool.join(person('Bert'))
    await waitForSynced(fresh)
    expect(records(fresh).has(brokenNote.id)).toBe(false)
    expect(records(fresh).get(goodNote.id)).toEqual(goodNote)
    // Once gone, it is unknown.
    expect((await command({ type: 'board.removeRecord', recordId: brokenNote.id })).status).toBe(
      404,
    )
  })

  it('refuses the document and the first page, which tldraw cannot do without', async () => {
    const writer = pool.join(ann)
    await waitForSynced(writer)
    writer.doc.transact(() => {
      records(writer).set('document:document', { id: 'document:document', typeName: 'document' })
      records(writer).set('page:page', { id: 'page:page', typeName: 'page', name: 42 })
    })
    await roundTrip(writer)
    for (const recordId of ['document:document', 'page:page']) {
      const refused = await command({ type: 'board.removeRecord', recordId })
      expect(refused.status).toBe(400)
      expect(refused.body.error?.code).toBe('not-removable')
    }
    const fresh = pool.join(person('Bert'))
    await waitForSynced(fresh)
    expect(records(fresh).has('page:page')).toBe(true)
  })

  it('works on a closed board too, and a co-facilitator may do it', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)
    const writer = pool.join(ann)
    await waitForSynced(writer)
    records(writer).set(brokenNote.id, brokenNote)
    await roundTrip(writer)
    await waitFor(
      () =>
        [...watcher.doc.getMap<{ name: string; publicId: string }>('people').values()].some(
          (p) => p.name === 'Ann',
        ),
      'Ann in the people list',
    )
    const annId =
      [...watcher.doc.getMap<{ name: string; publicId: string }>('people').values()].find(
        (p) => p.name === 'Ann',
      )?.publicId ?? ''
    expect((await command({ type: 'role.grant', publicId: annId })).status).toBe(200)
    expect((await command({ type: 'session.close' })).status).toBe(200)

    const removed = await command({ type: 'board.removeRecord', recordId: brokenNote.id }, ann)
    expect(removed.status).toBe(200)
    await waitFor(() => !records(writer).has(brokenNote.id), 'the removal to reach Ann')
  })
})
