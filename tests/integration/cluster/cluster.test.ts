import {
  CloseCode,
  defaultStatements,
  FACILITATOR_KEY_HEADER,
  readSlice,
  SessionDocument,
  stoplichtspel,
  voteBoxId,
} from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { useCluster } from '../../support/clusterHarness.ts'
import { connectAs, controlOf, person, sendCommand, submitSealed } from '../../support/control.ts'
import { redisCommand } from '../../support/redisServer.ts'
import type { ServerProcess } from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import {
  connectStockClient,
  type StockClient,
  waitFor,
  waitForSynced,
} from '../../support/stockClient.ts'
import { startTcpBalancer } from '../../support/tcpBalancer.ts'
import { requestTicket } from '../../support/tickets.ts'

const cluster = useCluster()
const { clients, balancers } = cluster
const startNodes = (count: number, database: string) => cluster.startNodes(count, database)

function client(wsUrl: string, sessionId: string, name: string): StockClient {
  const made = connectStockClient(wsUrl, sessionId, { name })
  clients.push(made)
  return made
}

const presenceKey = (sessionId: string) => `reflectiebord:presence:${sessionId}`

/** Polls Redis until `check` holds (bounded). */
async function pollRedis(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function notes(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('tldraw')
}

/** Writes `count` notes, one per `everyMs`, named after the writer: a steady stream of updates. */
async function writeSteadily(
  writer: StockClient,
  name: string,
  count: number,
  everyMs: number,
  onEach?: (index: number) => void,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    notes(writer.doc).set(`shape:${name}-${i}`, { text: `${name} ${i}` })
    onEach?.(i)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

/** Every key a client ever received from the server, whether it stays or not. */
function recordReceived(reader: StockClient): Set<string> {
  const seen = new Set<string>()
  notes(reader.doc).observe((event, transaction) => {
    if (transaction.local) return
    for (const key of event.keysChanged) seen.add(key)
  })
  return seen
}

/** What a fresh client connected straight to `node` finds on the board. */
async function boardOn(node: ServerProcess, sessionId: string): Promise<Set<string>> {
  const fresh = client(node.wsUrl, sessionId, 'Controle')
  await waitForSynced(fresh, 15_000)
  return new Set(notes(fresh.doc).keys())
}

describe('several nodes on one PostgreSQL and one Redis', () => {
  it('relays changes and presence between people on different nodes', async () => {
    const nodes = await startNodes(3, 'cluster_converge')
    const session = await createSession(nodes[0]?.url ?? '')
    const people = nodes.map((node, i) => client(node.wsUrl, session.id, `Persoon ${i + 1}`))
    await Promise.all(people.map((person) => waitForSynced(person)))

    people.forEach((person, i) => {
      for (let k = 0; k < 20; k++) notes(person.doc).set(`shape:${i}-${k}`, { text: `${i} ${k}` })
      person.provider.awareness.setLocalStateField('cursor', { x: i, y: i * 10 })
    })
    await waitFor(
      () => people.every((person) => notes(person.doc).size === 60),
      'every person, on every node, to see the 60 notes',
      15_000,
    )
    const [first] = people
    expect(first).toBeDefined()
    for (const person of people) {
      expect(notes(person.doc).toJSON()).toEqual(notes(first?.doc as Y.Doc).toJSON())
    }
    // Cursors travel too: everyone sees the two others' presence, whichever node they are on.
    await waitFor(
      () =>
        people.every((person) =>
          people.every(
            (other) =>
              other === person ||
              person.provider.awareness.getStates().get(other.doc.clientID)?.cursor !== undefined,
          ),
        ),
      'every cursor on every node',
      15_000,
    )
  }, 60_000)

  it('plays a stoplicht round with the facilitator on one node and the voters on two others', async () => {
    const [one, two, three] = (await startNodes(3, 'cluster_stoplicht')) as [
      ServerProcess,
      ServerProcess,
      ServerProcess,
    ]
    const session = await createSession(one.url, 'Stoplichtspel')
    const facilitator = person('Begeleider', session)
    const [ann, bert] = [person('Ann'), person('Bert')]
    const watcher = connectAs(one.wsUrl, session.id, facilitator, SessionDocument.Control)
    const annControl = connectAs(two.wsUrl, session.id, ann, SessionDocument.Control)
    const bertBoard = connectAs(three.wsUrl, session.id, bert)
    clients.push(watcher, annControl, bertBoard)
    await Promise.all([watcher, annControl, bertBoard].map((c) => waitForSynced(c)))
    const game = () => readSlice(controlOf(watcher), stoplichtspel)
    const statements = defaultStatements.slice(0, 2).map(({ id, text }) => ({ id, text }))
    const first = statements[0]?.id ?? ''
    const box = voteBoxId(first, 1)
    const command = (body: unknown) => sendCommand(one.url, session.id, facilitator, body)

    expect((await command({ type: 'stoplicht.setup', statements })).status).toBe(200)
    expect((await command({ type: 'stoplicht.open', statementId: first })).status).toBe(200)
    // Each votes through their own node; the count is the database's, across nodes.
    expect((await submitSealed(two.url, session.id, box, ann, 'rood')).status).toBe(200)
    const second = await submitSealed(three.url, session.id, box, bert, 'groen')
    expect(second.body.count).toBe(2)
    await waitFor(
      () => controlOf(annControl).sealed.find((b) => b.id === box)?.count === 2,
      'the count to reach Ann on node 2',
      15_000,
    )
    // Hidden until the reveal, on every node: no vote is in anyone's session control.
    expect(JSON.stringify(statements)).not.toMatch(/groen|rood/)
    for (const client of [watcher, annControl]) {
      expect(JSON.stringify(client.doc.toJSON())).not.toMatch(/groen|rood/)
    }

    expect((await command({ type: 'stoplicht.reveal' })).status).toBe(200)
    await waitFor(() => (game()?.results[first]?.length ?? 0) === 1, 'the result', 15_000)
    expect(game()?.results[first]?.[0]?.tally).toEqual({ groen: 1, oranje: 0, rood: 1, total: 2 })
    await waitFor(
      () => (readSlice(controlOf(annControl), stoplichtspel)?.results[first]?.length ?? 0) === 1,
      'the result to reach Ann on node 2',
      15_000,
    )
  }, 60_000)

  it('closes the board on every node when the session is deleted on one', async () => {
    const [one, two] = (await cluster.startNodes(2, 'cluster_delete', {
      PRESENCE_TIMEOUT_SECONDS: '3',
    })) as [ServerProcess, ServerProcess]
    const session = await createSession(one.url)
    const anna = client(two.wsUrl, session.id, 'Anna')
    await waitForSynced(anna)
    const other = await createSession(one.url)
    await waitForSynced(client(two.wsUrl, other.id, 'Bram'))
    let bramNode: string | undefined
    await pollRedis(async () => {
      const member = await redisCommand(cluster.redis.port, ['SRANDMEMBER', presenceKey(other.id)])
      bramNode = typeof member === 'string' ? member : undefined
      return bramNode !== undefined
    }, 'Bram in the presence directory')
    notes(anna.doc).set('shape:geheim', { text: 'Familie Wuytack-Zq' })
    const closes: number[] = []
    anna.provider.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code)
    })
    await waitFor(() => anna.provider.synced, 'the note to be stored')
    const res = await fetch(`${one.url}/api/sessions/${session.id}`, {
      method: 'DELETE',
      headers: { [FACILITATOR_KEY_HEADER]: session.facilitatorKey },
    })
    expect(res.status).toBe(204)
    await waitFor(
      () => closes.includes(CloseCode.SessionNotFound),
      'Anna, on the other node, to be told the session is gone',
      15_000,
    )
    for (const node of [one, two]) {
      expect((await requestTicket(node.url, session.id, { name: 'Bram' })).status).toBe(404)
    }
    // Who was there goes from Redis too: node two takes Anna back and stops renewing her.
    // Bram, in another session on node two, shows when node two has renewed since: his entry's
    // time to live starts again, and the deleted session's would have been written just before.
    const bramKey = `${presenceKey(other.id)}:${bramNode}`
    const untilRenewed = Number(await redisCommand(cluster.redis.port, ['PTTL', bramKey]))
    await pollRedis(async () => {
      const ttl = Number(await redisCommand(cluster.redis.port, ['PTTL', bramKey]))
      return ttl > untilRenewed
    }, "node two's next renewal")
    expect(await redisCommand(cluster.redis.port, ['EXISTS', presenceKey(session.id)])).toBe(0)
  }, 60_000)

  it('loses nothing anyone received when a node is killed mid-stream; its people move on', async () => {
    const nodes = await startNodes(3, 'cluster_node_killed')
    const balancer = await startTcpBalancer(nodes.map((node) => node.port))
    balancers.push(balancer)
    const session = await createSession(balancer.url)
    const writers = ['a', 'b', 'c', 'd'].map((name) => client(balancer.wsUrl, session.id, name))
    const watcher = client(nodes[2]?.wsUrl ?? '', session.id, 'Kijker')
    await Promise.all([...writers, watcher].map((person) => waitForSynced(person)))
    const received = [...writers, watcher].map(recordReceived)
    const movedOn = new Set<StockClient>()
    for (const writer of writers) {
      writer.provider.on('status', ({ status }: { status: string }) => {
        if (status === 'disconnected') movedOn.add(writer)
      })
    }

    const victim = nodes[0] as ServerProcess
    let killed: Promise<void> | null = null
    await Promise.all(
      writers.map((writer, w) =>
        writeSteadily(writer, `w${w}`, 60, 15, (i) => {
          if (w === 0 && i === 25) killed = victim.kill()
        }),
      ),
    )
    await killed
    const expected = writers.length * 60
    await waitFor(
      () => [...writers, watcher].every((person) => notes(person.doc).size === expected),
      'every writer and the watcher to hold every note after the kill',
      30_000,
    )
    // Someone was on the killed node, lost the connection and was served by another since.
    expect(movedOn.size).toBeGreaterThan(0)
    for (const writer of movedOn) expect(writer.provider.wsconnected).toBe(true)
    const everReceived = new Set(received.flatMap((keys) => [...keys]))
    expect(everReceived.size).toBeGreaterThan(0)
    for (const node of nodes.slice(1)) {
      const board = await boardOn(node, session.id)
      expect(board.size).toBe(expected)
      for (const key of everReceived) expect(board.has(key)).toBe(true)
    }
  }, 90_000)

  it('loses nothing when Redis is killed and restarted mid-stream', async () => {
    const nodes = await startNodes(2, 'cluster_redis_restart')
    const session = await createSession(nodes[0]?.url ?? '')
    const writers = nodes.map((node, i) => client(node.wsUrl, session.id, `Schrijver ${i + 1}`))
    await Promise.all(writers.map((person) => waitForSynced(person)))
    const received = writers.map(recordReceived)

    let restarted: Promise<void> | null = null
    await Promise.all(
      writers.map((writer, w) =>
        writeSteadily(writer, `w${w}`, 60, 15, (i) => {
          if (w === 0 && i === 20)
            restarted = cluster.redis.kill().then(() => cluster.redis.restart())
        }),
      ),
    )
    await restarted
    const expected = writers.length * 60
    await waitFor(
      () => writers.every((person) => notes(person.doc).size === expected),
      'both writers, on their two nodes, to hold every note after Redis came back',
      30_000,
    )
    const everReceived = new Set(received.flatMap((keys) => [...keys]))
    for (const node of nodes) {
      const board = await boardOn(node, session.id)
      expect(board.size).toBe(expected)
      for (const key of everReceived) expect(board.has(key)).toBe(true)
    }
  }, 90_000)
})
