import {
  type CreatedSession,
  defaultStatements,
  publicParticipantId,
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
import { scanDataDir } from '../../support/dataDirScan.ts'
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
let voters: TestPerson[]
let watcher: StockClient
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const statement = defaultStatements[0]!
const command = (body: unknown) => sendCommand(server.url, session.id, facilitator, body)
const vote = (who: TestPerson, color: string) =>
  submitSealed(server.url, session.id, voteBoxId(statement.id, 1), who, color)

/**
 * How a sealed submission sits in a database row: the person's public id, their name and the
 * value, side by side. Any of these pairs in any file means a vote can be traced to a person.
 */
function links(who: TestPerson, colors: readonly string[]): string[] {
  const publicId = publicParticipantId(who.pid)
  return colors.flatMap((color) => [
    `${who.name}${JSON.stringify(color)}`,
    `${publicId}${who.name}`,
    `${who.pid}`,
  ])
}

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Anoniem stoplichtspel')
  facilitator = person('Begeleider', session)
  // Names no other part of the database would put next to a vote.
  voters = [person('Annemie Zwartjes'), person('Bertrand Vlaminck')]
  await Promise.all(voters.map((v) => waitForSynced(pool.join(v))))
  watcher = pool.join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
  expect(
    (
      await command({
        type: 'stoplicht.setup',
        statements: [{ id: statement.id, text: statement.text }],
      })
    ).status,
  ).toBe(200)
  expect((await command({ type: 'stoplicht.anonymous', anonymous: true })).status).toBe(200)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('an anonymous vote on disk', () => {
  it('leaves no file in the data folder linking a person to a vote once revealed, changed votes included', async () => {
    expect((await command({ type: 'stoplicht.open', statementId: statement.id })).status).toBe(200)
    const [ann, bert] = voters as [TestPerson, TestPerson]
    // Each changes their mind before the reveal: the first choice must not survive either.
    expect((await vote(ann, 'rood')).status).toBe(200)
    expect((await vote(bert, 'groen')).status).toBe(200)
    expect((await vote(ann, 'groen')).status).toBe(200)
    expect((await vote(bert, 'oranje')).status).toBe(200)
    const needles = [...links(ann, ['rood', 'groen']), ...links(bert, ['groen', 'oranje'])]

    // Before the reveal the server holds the votes, as it must: the scan sees them.
    expect(scanDataDir(server.dataDir, needles).length).toBeGreaterThan(0)

    expect((await command({ type: 'stoplicht.reveal' })).status).toBe(200)
    await waitFor(
      () =>
        (readSlice(controlOf(watcher), stoplichtspel)?.results[statement.id]?.length ?? 0) === 1,
      'the revealed result',
    )
    // The server is still running: this is what a backup taken now would hold.
    expect(scanDataDir(server.dataDir, needles)).toEqual([])
  })
})
