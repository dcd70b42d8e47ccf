import type { CreatedSession } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { roundTrip } from '../support/markers.ts'
import { serverCounts } from '../support/serverLog.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import {
  connectStockClient,
  type StockClient,
  waitFor,
  waitForSynced,
} from '../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
const clients: StockClient[] = []

function client(name = 'Testpersoon'): StockClient {
  const c = connectStockClient(server.wsUrl, session.id, { name })
  clients.push(c)
  return c
}

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url)
})

afterEach(async () => {
  try {
    for (const c of clients.splice(0)) c.destroy()
  } finally {
    await discardTestServers()
  }
})

describe('two stock y-websocket clients', () => {
  it('converge on the same document after concurrent edits', async () => {
    const ann = client('Ann')
    const bert = client('Bert')
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])

    for (let i = 0; i < 50; i++) {
      ann.doc.getMap('tldraw').set(`shape:ann-${i}`, { text: `Ann ${i}` })
      bert.doc.getMap('tldraw').set(`shape:bert-${i}`, { text: `Bert ${i}` })
    }
    ann.doc.getMap('tldraw').set('shape:shared', { text: 'van Ann' })
    bert.doc.getMap('tldraw').set('shape:shared', { text: 'van Bert' })

    await waitFor(
      () => ann.doc.getMap('tldraw').size === 101 && bert.doc.getMap('tldraw').size === 101,
      'both documents to hold every shape',
    )
    await waitFor(
      () =>
        JSON.stringify(ann.doc.getMap('tldraw').get('shape:shared')) ===
        JSON.stringify(bert.doc.getMap('tldraw').get('shape:shared')),
      'the conflicting key to settle on one value',
    )
    expect(ann.doc.getMap('tldraw').toJSON()).toEqual(bert.doc.getMap('tldraw').toJSON())
  })

  it('give a client that joins later the full state', async () => {
    const ann = client('Ann')
    await waitForSynced(ann)
    const text = new Array(200).fill(0).map((_, i) => `regel ${i}`)
    ann.doc.transact(() => {
      for (const [i, line] of text.entries())
        ann.doc.getMap('tldraw').set(`shape:${i}`, { text: line })
    })
    ann.doc.getMap('tldraw').delete('shape:7')

    const late = client('Laatkomer')
    await waitForSynced(late)
    await waitFor(
      () => late.doc.getMap('tldraw').size === 199,
      'the late joiner to have every shape',
    )
    expect(late.doc.getMap('tldraw').toJSON()).toEqual(ann.doc.getMap('tldraw').toJSON())
    expect(late.doc.getMap('tldraw').has('shape:7')).toBe(false)
  })
})

describe('awareness', () => {
  it('reaches the others and is cleared when its client leaves', async () => {
    const ann = client('Ann')
    const bert = client('Bert')
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])
    ann.provider.awareness.setLocalStateField('user', { name: 'Ann', cursor: { x: 10, y: 20 } })

    const annId = ann.doc.clientID
    await waitFor(
      () =>
        (bert.provider.awareness.getStates().get(annId) as { user?: { name: string } } | undefined)
          ?.user?.name === 'Ann',
      "Bert to see Ann's presence",
    )
    ann.provider.awareness.setLocalStateField('user', { name: 'Ann', cursor: { x: 99, y: 1 } })
    await waitFor(
      () =>
        (
          bert.provider.awareness.getStates().get(annId) as
            | { user?: { cursor: { x: number } } }
            | undefined
        )?.user?.cursor.x === 99,
      "Bert to see Ann's cursor move",
    )

    // A tab closed without goodbye: the server removes the presence it spoke for.
    ann.provider.ws?.close()
    ann.provider.shouldConnect = false
    await waitFor(
      () => !bert.provider.awareness.getStates().has(annId),
      "Ann's presence to be cleared",
    )
  })
})

describe('persistence', () => {
  it('keeps the board across a clean restart, and loads it for the first client after', async () => {
    const ann = client('Ann')
    await waitForSynced(ann)
    for (let i = 0; i < 30; i++)
      ann.doc.getMap('tldraw').set(`shape:${i}`, { text: `notitie ${i}` })
    const expected = ann.doc.getMap('tldraw').toJSON()
    // Once the server answers a marker after Ann's updates, it has applied and stored them
    // all; then stop cleanly.
    await roundTrip(ann)
    ann.destroy()
    clients.splice(0)
    await server.stop()

    server = await startServerProcess({ dataDir: server.dataDir })
    const fresh = client('Nieuw')
    await waitForSynced(fresh)
    await waitFor(
      () => fresh.doc.getMap('tldraw').size === 30,
      'the restarted server to serve the board',
    )
    expect(fresh.doc.getMap('tldraw').toJSON()).toEqual(expected)
  })

  it('unloads an idle room and loads it again unchanged', async () => {
    await server.kill()
    server = await startServerProcess({
      dataDir: server.dataDir,
      env: { ROOM_IDLE_SECONDS: '0', LOG_LEVEL: 'debug' },
    })
    const ann = client('Ann')
    await waitForSynced(ann)
    ann.doc.getMap('tldraw').set('shape:1', { text: 'blijft' })
    // The server has the shape (applied and stored) once it answers a marker sent after it.
    await roundTrip(ann)
    ann.destroy()
    clients.splice(0)

    expect(serverCounts(server).rooms).toBeGreaterThan(0)
    await expect.poll(() => serverCounts(server).rooms, { timeout: 5000 }).toBe(0)

    const again = client('Bert')
    await waitForSynced(again)
    await waitFor(
      () => again.doc.getMap('tldraw').has('shape:1'),
      'the reloaded room to have the shape',
    )
    expect(again.doc.getMap('tldraw').get('shape:1')).toEqual({ text: 'blijft' })
  })
})
