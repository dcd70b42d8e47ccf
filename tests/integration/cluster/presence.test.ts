import { CloseCode, PRESENCE_FIELD, roomName, SessionDocument } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import {
  awarenessFrame,
  awarenessReceived,
  freshClientId,
  presenceClaiming,
  presenceSeenBy,
} from '../../support/awareness.ts'
import { useCluster } from '../../support/clusterHarness.ts'
import {
  connectAs,
  controlOf,
  person,
  sendCommand,
  type TestPerson,
} from '../../support/control.ts'
import { roundTrip } from '../../support/markers.ts'
import { closeOf, connectRaw, type RawClient } from '../../support/rawClient.ts'
import type { ServerProcess } from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { type StockClient, waitFor, waitForSynced } from '../../support/stockClient.ts'

const cluster = useCluster()
/** Short, so that a dead node's people are seen to go within the test's patience. */
const SHORT_PRESENCE_TIMEOUT_SECONDS = 3

/**
 * Three nodes; `shortTimeout` only where a test waits for a dead node's entry to expire (a
 * busy machine could otherwise let a living node's entry lapse between two renewals).
 */
async function threeNodes(
  database: string,
  { shortTimeout = false } = {},
): Promise<[ServerProcess, ServerProcess, ServerProcess]> {
  const env: Record<string, string> = shortTimeout
    ? { PRESENCE_TIMEOUT_SECONDS: String(SHORT_PRESENCE_TIMEOUT_SECONDS) }
    : {}
  const nodes = await cluster.startNodes(3, database, env)
  return nodes as [ServerProcess, ServerProcess, ServerProcess]
}

function join(
  node: ServerProcess,
  sessionId: string,
  who: TestPerson,
  document: SessionDocument = SessionDocument.Control,
): StockClient {
  const client = connectAs(node.wsUrl, sessionId, who, document)
  cluster.clients.push(client)
  return client
}

function isOnline(watcher: StockClient, name: string): boolean | undefined {
  return controlOf(watcher).people.find((someone) => someone.name === name)?.online
}

describe('presence across nodes', () => {
  it('keeps someone online while they are still connected through another node', async () => {
    const [one, two, three] = await threeNodes('presence_two_tabs')
    const session = await createSession(one.url)
    const watcher = join(three, session.id, person('Kijker'))
    const bert = person('Bert')
    const tabOne = join(one, session.id, bert)
    const tabTwo = join(two, session.id, bert, SessionDocument.Board)
    await Promise.all([watcher, tabOne, tabTwo].map((client) => waitForSynced(client)))
    await waitFor(() => isOnline(watcher, 'Bert') === true, 'Bert online')

    // Kijker must never see Bert leave while one of his tabs is open.
    let seenOffline = false
    watcher.doc.on('update', () => {
      if (isOnline(watcher, 'Bert') === false) seenOffline = true
    })
    tabOne.destroy()
    // Node 1 handles Bert's departure before a later arrival through it (both take the
    // session's lock, in turn); that arrival reaching Kijker shows the departure was handled.
    const late = join(one, session.id, person('Later'))
    await waitFor(() => isOnline(watcher, 'Later') === true, 'a later arrival through node 1')
    await waitForSynced(late)
    expect(seenOffline).toBe(false)
    expect(isOnline(watcher, 'Bert')).toBe(true)
    expect(isOnline(late, 'Bert')).toBe(true)

    tabTwo.destroy()
    await waitFor(() => isOnline(watcher, 'Bert') === false, 'Bert offline once both tabs closed')
  }, 60_000)

  it("sets a killed node's people offline, and they are back when they come back", async () => {
    const [one, two] = await threeNodes('presence_node_killed', { shortTimeout: true })
    const session = await createSession(one.url)
    const watcher = join(one, session.id, person('Kijker'))
    const carla = person('Carla')
    const carlaOnTwo = join(two, session.id, carla)
    await Promise.all([waitForSynced(watcher), waitForSynced(carlaOnTwo)])
    await waitFor(() => isOnline(watcher, 'Carla') === true, 'Carla online through node 2')

    // Node 2 dies without a word; Carla's laptop went to sleep at the same time.
    carlaOnTwo.provider.shouldConnect = false
    await two.kill()
    await waitFor(
      () => isOnline(watcher, 'Carla') === false,
      "Carla offline once node 2's entry expired",
      (SHORT_PRESENCE_TIMEOUT_SECONDS + 10) * 1000,
    )
    expect(isOnline(watcher, 'Kijker')).toBe(true)

    const back = join(one, session.id, carla)
    await waitForSynced(back)
    await waitFor(() => isOnline(watcher, 'Carla') === true, 'Carla back online')
  }, 60_000)

  it('writes twenty arrivals at once on one node (each takes the session lock in turn)', async () => {
    const [one] = await threeNodes('presence_many_at_once')
    const session = await createSession(one.url)
    // The facilitator watches (the cap of 20 counts participants only).
    const watcher = join(one, session.id, person('Begeleider', session))
    await waitForSynced(watcher)
    // More than the database pool has connections: waiting for the lock must not hold them all.
    const names = Array.from({ length: 20 }, (_, i) => `Deelnemer ${i + 1}`)
    for (const name of names) join(one, session.id, person(name), SessionDocument.Board)
    await waitFor(
      () => names.every((name) => isOnline(watcher, name) === true),
      'all twenty online',
      20_000,
    )
  }, 60_000)

  it('counts the cap across nodes: one person too many is turned away on any node', async () => {
    const [one, two, three] = await threeNodes('presence_cap')
    const session = await createSession(one.url)
    const facilitator = person('Begeleider', session)
    expect(
      (await sendCommand(one.url, session.id, facilitator, { type: 'cap.set', cap: 2 })).status,
    ).toBe(200)
    const ann = join(one, session.id, person('Ann'))
    const bert = join(two, session.id, person('Bert'))
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])
    await waitFor(() => isOnline(ann, 'Bert') === true, 'Bert on node 2 seen from node 1')

    const carl = await connectRaw(`${three.wsUrl}/${session.id}/board?name=Carl`)
    expect((await closeOf(carl)).code).toBe(CloseCode.SessionFull)

    // Bert leaves node 2: there is room again, whichever node Carl tries.
    bert.destroy()
    await waitFor(() => isOnline(ann, 'Bert') === false, 'Bert gone')
    const carlAgain = join(three, session.id, person('Carl'), SessionDocument.Board)
    await waitForSynced(carlAgain)
  }, 60_000)
})

/** Ann's cursor as Bert, on node 3, sees it, while Mallory tries to take her client id. */
async function cursorScene(database: string) {
  const [one, two, three] = await threeNodes(database)
  const session = await createSession(one.url)
  const board = roomName(session.id, SessionDocument.Board)
  const bert = join(three, session.id, person('Bert'), SessionDocument.Board)
  await waitForSynced(bert)
  const ann = person('Ann')
  const annOnOne = await connectRaw(`${one.wsUrl}/${board}?name=Ann&pid=${ann.pid}`)
  const annId = freshClientId()
  const bertSawX: number[] = []
  bert.provider.awareness.on('change', () => {
    const x = presenceSeenBy(bert, annId)?.cursor.x
    if (x !== undefined) bertSawX.push(x)
  })
  /** A presence for Ann's client id at `x`, sent by whoever's connection `from` is. */
  const claim = (from: RawClient, clock: number, x: number) =>
    from.send(
      awarenessFrame([
        { clientId: annId, clock, state: { [PRESENCE_FIELD]: presenceClaiming(ann, x) } },
      ]),
    )
  const malloryOnTwo = () => connectRaw(`${two.wsUrl}/${board}?name=Mallory`)
  return { bert, annOnOne, annId, bertSawX, claim, malloryOnTwo }
}

describe('cursors across nodes', () => {
  it("keep their owner: nobody on another node can take a person's client id", async () => {
    const scene = await cursorScene('presence_awareness_owner')
    const { bert, annOnOne, annId, claim } = scene
    const mallory = await scene.malloryOnTwo()
    try {
      // Both rooms are loaded (and follow the board's stream) once these are answered.
      await Promise.all([roundTrip(annOnOne), roundTrip(mallory)])
      claim(annOnOne, 1, 1)
      // Node 2 has relayed Ann's presence to Mallory: it has heard of her client id.
      await waitFor(
        () => awarenessReceived(mallory).some((entry) => entry.clientId === annId),
        "Ann's presence on node 2",
      )
      // Mallory, on node 2, speaks for Ann's client id with a far newer clock.
      claim(mallory, 1_000_000, 666)
      await roundTrip(mallory)
      // Ann moves: had node 2 taken Mallory's claim, Ann's clock would look old everywhere.
      claim(annOnOne, 2, 2)
      await waitFor(() => presenceSeenBy(bert, annId)?.cursor.x === 2, 'Bert to see Ann move')
      expect(scene.bertSawX).not.toContain(666)
    } finally {
      annOnOne.close()
      mallory.close()
    }
  }, 60_000)

  it('keep their first owner on every node that knew it, even if a node that did not was fooled', async () => {
    const scene = await cursorScene('presence_awareness_first_owner')
    const { bert, annOnOne, annId, claim } = scene
    let mallory: RawClient | undefined
    try {
      await roundTrip(annOnOne)
      claim(annOnOne, 1, 1)
      await waitFor(() => presenceSeenBy(bert, annId)?.cursor.x === 1, 'Bert to see Ann')
      // Node 2 loads the board only now: it never heard of Ann's client id, and takes
      // Mallory's claim to it.
      mallory = await scene.malloryOnTwo()
      await roundTrip(mallory)
      claim(mallory, 1_000_000, 666)
      await roundTrip(mallory)
      claim(annOnOne, 2, 2)
      await waitFor(() => presenceSeenBy(bert, annId)?.cursor.x === 2, 'Bert to see Ann move')
      expect(scene.bertSawX).not.toContain(666)
    } finally {
      annOnOne.close()
      mallory?.close()
    }
  }, 60_000)
})
