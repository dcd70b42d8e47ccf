import {
  type CreatedSession,
  defaultStatements,
  readSlice,
  SessionDocument,
  stoplichtspel,
  voteBoxId,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ClientPool,
  controlOf,
  person,
  sendCommand,
  submitSealed,
  type TestPerson,
} from '../../support/control.ts'
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
let watcher: StockClient
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const statement = defaultStatements[0]!
const boxId = voteBoxId(statement.id, 1)
const command = (body: unknown) => sendCommand(server.url, session.id, facilitator, body)
const vote = (who: TestPerson, color: string) =>
  submitSealed(server.url, session.id, boxId, who, color)
const count = () => controlOf(watcher).sealed.find((box) => box.id === boxId)?.count

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Stemmen van wie er is')
  facilitator = person('Begeleider', session)
  watcher = pool.join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
  const setup = {
    type: 'stoplicht.setup',
    statements: [{ id: statement.id, text: statement.text }],
  }
  expect((await command(setup)).status).toBe(200)
  expect((await command({ type: 'stoplicht.open', statementId: statement.id })).status).toBe(200)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('hidden votes', () => {
  it('count only from people connected now: fresh participant ids cannot outvote the room', async () => {
    const ann = person('Ann')
    const annBoard = pool.join(ann)
    await waitForSynced(annBoard)
    expect((await vote(ann, 'groen')).status).toBe(200)

    // One person, three fresh identities in a row: connect, vote, leave.
    const identities = ['Mallory 1', 'Mallory 2', 'Mallory 3'].map((name) => person(name))
    for (const fresh of identities) {
      const name = fresh.name
      const client = pool.join(fresh)
      await waitForSynced(client)
      expect((await vote(fresh, 'rood')).status).toBe(200)
      client.destroy()
      await waitFor(
        () => controlOf(watcher).people.find((p) => p.name === name)?.online === false,
        `${name} gone`,
      )
    }
    // Someone who has been here but left cannot vote any more.
    const gone = await vote(identities[0]!, 'rood')
    expect(gone.status).toBe(403)
    expect(gone.body.error?.code).toBe('not-in-session')

    await roundTrip(watcher)
    expect(count()).toBe(1)
    expect((await command({ type: 'stoplicht.reveal' })).status).toBe(200)
    await waitFor(
      () =>
        (readSlice(controlOf(watcher), stoplichtspel)?.results[statement.id]?.length ?? 0) === 1,
      'the result',
    )
    const result = readSlice(controlOf(watcher), stoplichtspel)?.results[statement.id]?.[0]
    expect(result?.tally).toEqual({ groen: 1, oranje: 0, rood: 0, total: 1 })
  })

  it('count again for someone who drops and comes back with the same vote', async () => {
    const bert = person('Bert')
    const first = pool.join(bert)
    await waitForSynced(first)
    expect((await vote(bert, 'oranje')).status).toBe(200)
    await waitFor(() => count() === 1, 'Bert counted')
    first.destroy()
    await waitFor(() => count() === 0, 'Bert not counted while away')
    await waitForSynced(pool.join(bert))
    await waitFor(() => count() === 1, 'Bert counted again')
  })
})
