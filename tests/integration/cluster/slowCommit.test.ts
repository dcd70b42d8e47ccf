import { ReflectiebordServer } from '@reflectiebord/server'
import {
  type CreatedSession,
  defaultStatements,
  SessionDocument,
  voteBoxId,
} from '@reflectiebord/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { useCluster } from '../../support/clusterHarness.ts'
import {
  connectAs,
  controlOf,
  person,
  sendCommand,
  submitSealed,
  type TestPerson,
} from '../../support/control.ts'
import { clientDist } from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { type StockClient, waitFor, waitForSynced } from '../../support/stockClient.ts'

const cluster = useCluster()
const running: ReflectiebordServer[] = []
const gates: Array<() => void> = []

afterEach(async () => {
  for (const open of gates.splice(0)) open()
  await Promise.all(running.splice(0).map((node) => node.close()))
})

/**
 * Two nodes in this process, so that a test can slow down one node's database writes and see
 * what the others do meanwhile.
 */
async function twoNodes(database: string): Promise<[ReflectiebordServer, ReflectiebordServer]> {
  const config = {
    host: '127.0.0.1',
    port: 0,
    clientDist,
    logLevel: 'silent' as const,
    databaseUrl: cluster.postgres.createDatabase(database),
    redisUrl: cluster.redis.url,
  }
  const one = await ReflectiebordServer.start(config)
  const two = await ReflectiebordServer.start(config)
  running.push(one, two)
  return [one, two]
}

/**
 * A moment of slowness: `pass()` waits until `release()`, and `reached` settles once
 * something is waiting there.
 */
function slowMoment(): { pass: () => Promise<void>; reached: Promise<void>; release: () => void } {
  let release = () => {}
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  gates.push(release)
  let arrived = () => {}
  const reached = new Promise<void>((resolve) => {
    arrived = resolve
  })
  return {
    pass: () => {
      arrived()
      return gate
    },
    reached,
    release,
  }
}

/** From now on `node`'s writes of session control wait for the slow moment to end. */
function slowControlWrites(node: ReflectiebordServer): ReturnType<typeof slowMoment> {
  const slow = slowMoment()
  const append = node.store.appendUpdates.bind(node.store)
  node.store.appendUpdates = async (doc, updates) => {
    if (doc.endsWith(`/${SessionDocument.Control}`)) await slow.pass()
    return append(doc, updates)
  }
  return slow
}

function join(node: ReflectiebordServer, sessionId: string, who: TestPerson): StockClient {
  const client = connectAs(
    `${node.url.replace('http', 'ws')}/yjs`,
    sessionId,
    who,
    SessionDocument.Control,
  )
  cluster.clients.push(client)
  return client
}

async function isOnline(client: StockClient, name: string): Promise<void> {
  await waitForSynced(client)
  await waitFor(
    () => controlOf(client).people.some((someone) => someone.name === name && someone.online),
    `${name} online`,
  )
}

/** A stoplicht round open on node one, with Ann connected through node two. */
async function openRound(
  one: ReflectiebordServer,
  two: ReflectiebordServer,
): Promise<{ session: CreatedSession; ann: TestPerson; box: string; annClient: StockClient }> {
  const session = await createSession(one.url, 'Stoplichtspel')
  const facilitator = person('Begeleider', session)
  const ann = person('Ann')
  const annClient = join(two, session.id, ann)
  await isOnline(annClient, 'Ann')
  const statements = defaultStatements.slice(0, 1).map(({ id, text }) => ({ id, text }))
  const statementId = statements[0]?.id ?? ''
  const command = (body: unknown) => sendCommand(one.url, session.id, facilitator, body)
  expect((await command({ type: 'stoplicht.setup', statements })).status).toBe(200)
  expect((await command({ type: 'stoplicht.open', statementId })).status).toBe(200)
  return { session, ann, box: voteBoxId(statementId, 1), annClient }
}

describe('work under the session lock while the database is slow', () => {
  it('a vote on another node waits for a round just opened instead of finding no round', async () => {
    const [one, two] = await twoNodes('slow_commit_vote')
    const session = await createSession(one.url, 'Stoplichtspel')
    const facilitator = person('Begeleider', session)
    const ann = person('Ann')
    await isOnline(join(two, session.id, ann), 'Ann')
    const statements = defaultStatements.slice(0, 1).map(({ id, text }) => ({ id, text }))
    const statementId = statements[0]?.id ?? ''
    const command = (body: unknown) => sendCommand(one.url, session.id, facilitator, body)
    expect((await command({ type: 'stoplicht.setup', statements })).status).toBe(200)

    // A command is answered once applied and stored right after: node one is slow to store.
    const slow = slowControlWrites(one)
    expect((await command({ type: 'stoplicht.open', statementId })).status).toBe(200)
    const vote = submitSealed(two.url, session.id, voteBoxId(statementId, 1), ann, 'rood')
    // The slow moment ends on its own, whatever the vote did meanwhile.
    setTimeout(() => slow.release(), 300)
    const answer = await vote
    expect(answer.body.error?.code).toBeUndefined()
    expect(answer).toMatchObject({ status: 200, body: { count: 1 } })
  }, 60_000)

  it('a vote while someone arrives on the same node is stored, not stuck behind the arrival', async () => {
    const [one, two] = await twoNodes('slow_commit_arrival')
    const { session, ann, box, annClient } = await openRound(one, two)

    // Bert arrives through node two: his arrival is worked out under the session's lock, and
    // Redis is slow to say who is online meanwhile.
    const directory = two.cluster?.presence
    if (!directory) throw new Error('node two runs with Redis')
    const slow = slowMoment()
    const online = directory.online.bind(directory)
    directory.online = async (sessionId) => {
      await slow.pass()
      return online(sessionId)
    }
    join(two, session.id, person('Bert'))
    await slow.reached
    // Ann votes while the arrival holds the lock; then Redis answers again.
    const vote = submitSealed(two.url, session.id, box, ann, 'groen')
    setTimeout(() => slow.release(), 300)
    const answer = await Promise.race([
      vote,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the vote got no answer: stuck')), 15_000),
      ),
    ])
    expect(answer).toMatchObject({ status: 200, body: { count: 1 } })
    await waitFor(
      () =>
        controlOf(annClient).people.some((someone) => someone.name === 'Bert' && someone.online),
      'Bert online',
    )
  }, 60_000)

  it('a vote on another node just after the reveal is refused, and nothing of it is stored', async () => {
    const [one, two] = await twoNodes('slow_commit_reveal')
    const { session, ann, box } = await openRound(one, two)
    const facilitator = person('Begeleider', session)
    const bert = person('Bert')
    await isOnline(join(two, session.id, bert), 'Bert')
    expect((await submitSealed(two.url, session.id, box, ann, 'rood')).status).toBe(200)

    // The reveal is answered on node one before its result is stored.
    const slow = slowControlWrites(one)
    const reveal = await sendCommand(one.url, session.id, facilitator, { type: 'stoplicht.reveal' })
    expect(reveal.status).toBe(200)
    const late = submitSealed(two.url, session.id, box, bert, 'groen')
    setTimeout(() => slow.release(), 300)
    expect(await late).toMatchObject({ status: 409, body: { error: { code: 'box-closed' } } })
    expect(
      cluster.postgres.query('slow_commit_reveal', 'SELECT count(*) FROM sealed_submissions'),
    ).toBe('0')
  }, 60_000)
})
