import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '@reflectiebord/server'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { connectAs, person } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import { uploadPhoto } from '../support/photos.ts'
import { type PostgresServer, startPostgres } from '../support/postgresServer.ts'
import {
  discardTestServers,
  runServerExpectingExit,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import {
  connectStockClient,
  type StockClient,
  waitFor,
  waitForSynced,
} from '../support/stockClient.ts'

let postgres: PostgresServer
const clients: StockClient[] = []

beforeAll(async () => {
  postgres = await startPostgres()
}, 60_000)

afterEach(async () => {
  try {
    for (const c of clients.splice(0)) c.destroy()
  } finally {
    await discardTestServers()
  }
})

afterAll(async () => {
  await postgres?.stop()
})

describe('the server on PostgreSQL (DATABASE_URL)', () => {
  it('keeps what a stock client wrote across a SIGKILL, and nothing in DATA_DIR', async () => {
    const env = { DATABASE_URL: postgres.createDatabase('board_after_kill') }
    let server = await startServerProcess({ env })
    const session = await createSession(server.url)
    const ann = connectStockClient(server.wsUrl, session.id, { name: 'Ann' })
    clients.push(ann)
    await waitForSynced(ann)
    for (let i = 0; i < 30; i++)
      ann.doc.getMap('tldraw').set(`shape:${i}`, { text: `notitie ${i}` })
    const expected = ann.doc.getMap('tldraw').toJSON()
    // The server answers a marker after Ann's updates once it has applied and stored them.
    await roundTrip(ann)
    const firstDataDir = server.dataDir
    await server.kill()
    ann.destroy()
    clients.splice(0)

    // Another data folder: everything comes from the database.
    server = await startServerProcess({ env })
    expect(server.dataDir).not.toBe(firstDataDir)
    const fresh = connectStockClient(server.wsUrl, session.id, { name: 'Nieuw' })
    clients.push(fresh)
    await waitForSynced(fresh)
    await waitFor(
      () => fresh.doc.getMap('tldraw').size === 30,
      'the restarted server to serve the board from PostgreSQL',
    )
    expect(fresh.doc.getMap('tldraw').toJSON()).toEqual(expected)
    for (const dir of [firstDataDir, server.dataDir]) {
      expect(existsSync(join(dir, DATABASE_FILE_NAME))).toBe(false)
      expect(existsSync(join(dir, 'assets'))).toBe(false)
    }
  })

  it('refuses to start when the database cannot be reached, without showing the password', async () => {
    const { code, output } = await runServerExpectingExit({
      // A port of the tests' server with a database that does not exist.
      DATABASE_URL: `postgresql://postgres:geheim@127.0.0.1:${postgres.port}/bestaat_niet`,
    })
    expect(code).toBe(1)
    expect(output).toContain('cannot be used')
    expect(output).toContain('bestaat_niet')
    expect(output).not.toContain('geheim')
    expect(output).not.toContain('listens on')
  })

  it('serves a photo uploaded through one node from another node on the same database', async () => {
    const env = { DATABASE_URL: postgres.createDatabase('shared_photos') }
    const [first, second] = await Promise.all([
      startServerProcess({ env }),
      startServerProcess({ env }),
    ])
    const session = await createSession(first.url)
    const ann = person('Ann')
    const board = connectAs(first.wsUrl, session.id, ann)
    clients.push(board)
    await waitForSynced(board)
    const uploaded = await uploadPhoto(first.url, session.id, ann.pid, {
      width: 64,
      height: 48,
      background: '#148c5a',
      format: 'jpeg',
    })
    expect(uploaded.status).toBe(201)
    const { src } = uploaded

    const [fromFirst, fromSecond] = await Promise.all(
      [first, second].map(async (node) => {
        const res = await fetch(`${node.url}${src}`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('image/webp')
        return Buffer.from(await res.arrayBuffer())
      }),
    )
    expect(fromSecond?.equals(fromFirst ?? Buffer.alloc(0))).toBe(true)
    expect((await sharp(fromSecond).metadata()).format).toBe('webp')
  })
})
