import { join as joinPath } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE_NAME } from '@reflectiebord/server'
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
} from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import { connectRaw } from '../support/rawClient.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { type StockClient, waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson
let voters: TestPerson[]
let watcher: StockClient

const statements = defaultStatements.slice(0, 3).map(({ id, text }) => ({ id, text }))
const first = statements[0]!.id

const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const join = (who: TestPerson, document?: SessionDocument): StockClient => pool.join(who, document)

const command = (body: unknown) => sendCommand(server.url, session.id, facilitator, body)
const vote = (who: TestPerson, statementId: string, color: unknown, round = 1) =>
  submitSealed(server.url, session.id, voteBoxId(statementId, round), who, color)
const game = () => readSlice(controlOf(watcher), stoplichtspel)

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Stoplichtspel')
  facilitator = person('Begeleider', session)
  voters = [person('Ann'), person('Bert'), person('Carla')]
  await Promise.all(voters.map((v) => waitForSynced(join(v))))
  watcher = join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
  expect((await command({ type: 'stoplicht.setup', statements })).status).toBe(200)
  await waitFor(() => game()?.statements.length === 3, 'the game')
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('a stoplicht round', () => {
  it('keeps every vote hidden from participants until the reveal, then shows who chose what', async () => {
    // Bert records every byte the server sends him on both documents.
    const bertControl = await connectRaw(
      `${server.wsUrl}/${session.id}/control?name=Bert&pid=${voters[1]!.pid}`,
    )
    const bertBoard = await connectRaw(
      `${server.wsUrl}/${session.id}/board?name=Bert&pid=${voters[1]!.pid}`,
    )
    expect((await command({ type: 'stoplicht.open', statementId: first })).status).toBe(200)
    expect((await vote(voters[0]!, first, 'rood')).status).toBe(200)
    // Ann changes her mind before the reveal: the second vote replaces the first.
    expect((await vote(voters[0]!, first, 'oranje')).body.count).toBe(1)
    expect((await vote(voters[2]!, first, 'groen')).body.count).toBe(2)
    await waitFor(
      () => controlOf(watcher).sealed.find((b) => b.id === voteBoxId(first, 1))?.count === 2,
      'the count',
    )

    const everything = () =>
      [...bertControl.received, ...bertBoard.received]
        .map((m) => Buffer.from(m).toString('latin1'))
        .join('')
    // Yjs writes strings bare (no JSON quotes), so look for the words themselves; none of the
    // statements in this game contains a colour word.
    expect(JSON.stringify(statements)).not.toMatch(/groen|oranje|rood/)
    // The votes were answered, so the server has done all they cause; a marker on each of
    // Bert's sockets shows that whatever it sent him before has arrived.
    await Promise.all([roundTrip(bertControl), roundTrip(bertBoard)])
    for (const color of ['rood', 'oranje', 'groen']) expect(everything()).not.toContain(color)

    expect((await command({ type: 'stoplicht.reveal' })).status).toBe(200)
    await waitFor(() => (game()?.results[first]?.length ?? 0) === 1, 'the result')
    const result = game()?.results[first]?.[0]
    expect(result?.tally).toEqual({ groen: 1, oranje: 1, rood: 0, total: 2 })
    expect(result?.voters).toEqual([
      { name: 'Ann', color: 'oranje' },
      { name: 'Carla', color: 'groen' },
    ])
    await waitFor(() => everything().includes('oranje'), 'the revealed votes to reach Bert')
    bertControl.close()
    bertBoard.close()
  })

  it('counts a second tab or a reconnect of the same person as one vote', async () => {
    await command({ type: 'stoplicht.open', statementId: first })
    const ann = voters[0]!
    const secondTab = join(ann)
    await waitForSynced(secondTab)
    expect((await vote(ann, first, 'groen')).body.count).toBe(1)
    secondTab.destroy()
    await waitForSynced(join(ann))
    expect((await vote(ann, first, 'rood')).body.count).toBe(1)
    await command({ type: 'stoplicht.reveal' })
    await waitFor(() => (game()?.results[first]?.length ?? 0) === 1, 'the result')
    expect(game()?.results[first]?.[0]?.tally).toEqual({ groen: 0, oranje: 0, rood: 1, total: 1 })
  })

  it('keeps the first round when a statement is voted on again', async () => {
    await command({ type: 'stoplicht.open', statementId: first })
    await vote(voters[0]!, first, 'rood')
    await command({ type: 'stoplicht.reveal' })
    expect((await command({ type: 'stoplicht.open', statementId: first })).status).toBe(200)
    await vote(voters[0]!, first, 'groen', 2)
    await command({ type: 'stoplicht.reveal' })
    await waitFor(() => (game()?.results[first]?.length ?? 0) === 2, 'two rounds')
    expect(game()?.results[first]?.map((r) => [r.round, r.tally.rood, r.tally.groen])).toEqual([
      [1, 1, 0],
      [2, 0, 1],
    ])
  })
})

describe('an anonymous game', () => {
  it('reveals counts without any link to a person, shared or stored, and stays anonymous', async () => {
    expect((await command({ type: 'stoplicht.anonymous', anonymous: true })).status).toBe(200)
    await command({ type: 'stoplicht.open', statementId: first })
    for (const [i, voter] of voters.entries())
      await vote(voter, first, ['groen', 'rood', 'rood'][i])
    expect((await command({ type: 'stoplicht.reveal' })).status).toBe(200)
    await waitFor(() => (game()?.results[first]?.length ?? 0) === 1, 'the result')
    const result = game()?.results[first]?.[0]
    expect(result?.tally).toEqual({ groen: 1, oranje: 0, rood: 2, total: 3 })
    expect(result?.voters).toBeNull()
    const box = controlOf(watcher).sealed.find((b) => b.id === voteBoxId(first, 1))
    expect(box?.revealed?.every((e) => e.publicId === null && e.name === null)).toBe(true)
    const shared =
      JSON.stringify(readSlice(controlOf(watcher), stoplichtspel)) +
      JSON.stringify(controlOf(watcher).sealed)
    for (const name of ['Ann', 'Bert', 'Carla']) expect(shared).not.toContain(name)

    const db = new DatabaseSync(joinPath(server.dataDir, DATABASE_FILE_NAME), { readOnly: true })
    expect(db.prepare('SELECT * FROM sealed_submissions').all()).toEqual([])
    db.close()

    const off = await command({ type: 'stoplicht.anonymous', anonymous: false })
    expect(off.status).toBe(409)
    expect(off.body.error?.code).toBe('anonymity-locked')
  })
})

describe('bad votes and statements', () => {
  it.each([
    ['an invalid colour', 'paars', 400],
    ['a colour in capitals', 'GROEN', 400],
    ['no value', undefined, 400],
  ])('refuse %s, storing nothing', async (_what, value, status) => {
    await command({ type: 'stoplicht.open', statementId: first })
    expect((await vote(voters[0]!, first, value)).status).toBe(status)
    await roundTrip(watcher)
    expect(controlOf(watcher).sealed.find((b) => b.id === voteBoxId(first, 1))?.count).toBe(0)
  })

  it('refuse a vote for a statement that is not open, after the reveal, or from a stranger', async () => {
    await command({ type: 'stoplicht.open', statementId: first })
    expect((await vote(voters[0]!, statements[1]!.id, 'groen')).status).toBe(404)
    expect((await vote(person('Vreemde'), first, 'groen')).status).toBe(403)
    await command({ type: 'stoplicht.reveal' })
    expect((await vote(voters[0]!, first, 'groen')).status).toBe(409)
  })

  it.each([
    ['no statements', []],
    ['an empty statement', [{ id: 'leeg', text: { nl: '   ', en: '' } }]],
    ['a statement over the limit', [{ id: 'lang', text: { nl: 'x'.repeat(281), en: '' } }]],
    [
      'two statements with one id',
      [
        { id: 'a', text: { nl: 'Een' } },
        { id: 'a', text: { nl: 'Twee' } },
      ],
    ],
  ])('refuse a setup with %s and keep the game as it was', async (_what, list) => {
    const result = await command({ type: 'stoplicht.setup', statements: list })
    expect(result.status).toBe(400)
    expect(result.body.error?.code).toBe('invalid-statement')
    await roundTrip(watcher)
    expect(game()?.statements.map((s) => s.id)).toEqual(statements.map((s) => s.id))
  })

  it('refuse opening a second round while one is open, and a participant running the game', async () => {
    await command({ type: 'stoplicht.open', statementId: first })
    expect((await command({ type: 'stoplicht.open', statementId: statements[1]!.id })).status).toBe(
      409,
    )
    expect(
      (await sendCommand(server.url, session.id, voters[0]!, { type: 'stoplicht.reveal' })).status,
    ).toBe(403)
  })
})
