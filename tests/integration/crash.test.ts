import type { CreatedSession } from '@reflectiebord/shared'
import { afterEach, describe, expect, it } from 'vitest'
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

let server: ServerProcess | undefined
const clients: StockClient[] = []

afterEach(async () => {
  try {
    for (const c of clients.splice(0)) c.destroy()
  } finally {
    await discardTestServers()
  }
})

describe('a server killed with SIGKILL during a stream of updates', () => {
  it('has, after restart, every update that any client had received from it', async () => {
    server = await startServerProcess()
    const session: CreatedSession = await createSession(server.url)
    const writers = [0, 1].map((n) =>
      connectStockClient(server!.wsUrl, session.id, { name: `Schrijver ${n}` }),
    )
    const observer = connectStockClient(server.wsUrl, session.id, { name: 'Waarnemer' })
    clients.push(...writers, observer)
    await Promise.all([...clients.map((c) => waitForSynced(c))])

    // Everything the observer has seen arrived from the server: it never writes itself.
    const seen = new Map<string, unknown>()
    observer.doc.getMap('tldraw').observe((event) => {
      for (const key of event.keysChanged) seen.set(key, observer.doc.getMap('tldraw').get(key))
    })

    const total = 4000
    let sent = 0
    const stream = (async () => {
      while (sent < total) {
        for (const [n, writer] of writers.entries()) {
          writer.doc.getMap('tldraw').set(`shape:${n}-${sent}`, { text: `notitie ${sent}`, by: n })
        }
        sent++
        if (sent % 20 === 0) await new Promise((resolve) => setImmediate(resolve))
      }
    })()

    await waitFor(
      () => seen.size >= 400,
      'the observer to receive a good part of the stream',
      20_000,
    )
    await server.kill()
    const seenAtKill = new Map(seen)
    await stream
    for (const c of clients.splice(0)) c.destroy()

    // A fresh client on the restarted server knows nothing but what the disk kept.
    server = await startServerProcess({ dataDir: server.dataDir })
    const after = connectStockClient(server.wsUrl, session.id, { name: 'Na de crash' })
    clients.push(after)
    await waitForSynced(after)
    const board = after.doc.getMap('tldraw')
    const missing = [...seenAtKill.keys()].filter((key) => !board.has(key))
    expect(missing).toEqual([])
    for (const [key, value] of seenAtKill) expect(board.get(key)).toEqual(value)
    // The kill really fell in the middle of the stream.
    expect(seenAtKill.size).toBeGreaterThanOrEqual(400)
    expect(seenAtKill.size).toBeLessThan(writers.length * total)
  })

  it('loses nothing that a client keeps: it resends on reconnect and everyone converges', async () => {
    server = await startServerProcess()
    const session = await createSession(server.url)
    const port = server.port
    const ann = connectStockClient(server.wsUrl, session.id, { name: 'Ann' })
    clients.push(ann)
    await waitForSynced(ann)
    for (let i = 0; i < 300; i++) ann.doc.getMap('tldraw').set(`shape:${i}`, { text: `vóór ${i}` })
    await server.kill()

    // Ann keeps working while the server is down (like y-indexeddb keeps a browser's work).
    for (let i = 300; i < 400; i++)
      ann.doc.getMap('tldraw').set(`shape:${i}`, { text: `tijdens ${i}` })
    server = await startServerProcess({ dataDir: server.dataDir, port })
    await waitFor(() => ann.provider.wsconnected && ann.provider.synced, 'Ann to reconnect', 20_000)

    const bert = connectStockClient(server.wsUrl, session.id, { name: 'Bert' })
    clients.push(bert)
    await waitForSynced(bert)
    await waitFor(
      () => bert.doc.getMap('tldraw').size === 400,
      'Bert to get all 400 shapes',
      20_000,
    )
    expect(bert.doc.getMap('tldraw').toJSON()).toEqual(ann.doc.getMap('tldraw').toJSON())
  })
})
