import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  defaultStatements,
  readSlice,
  SessionDocument,
  stoplichtspel,
  voteBoxId,
} from '@reflectiebord/shared'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand, submitSealed } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import { uploadPhoto } from '../support/photos.ts'
import { type PostgresServer, startPostgres } from '../support/postgresServer.ts'
import {
  discardTestServers,
  repoRoot,
  runToExit,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'

const migration = join(repoRoot, 'server/src/tools/migrateToPostgres.ts')

/** Runs the documented command with only its environment (and PATH). */
function migrate(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return runToExit(migration, { PATH: process.env.PATH ?? '', ...env }, 60_000)
}

let postgres: PostgresServer
let server: ServerProcess
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId }))
let sessionId = ''

beforeAll(async () => {
  postgres = await startPostgres()
}, 60_000)

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

afterAll(async () => {
  await postgres?.stop()
})

describe('moving a DATA_DIR into PostgreSQL (pnpm run migrate:postgres)', () => {
  it('brings the board, the hidden vote and the photo along, and refuses to do it twice', async () => {
    server = await startServerProcess()
    const dataDir = server.dataDir
    const session = await createSession(server.url, 'Intervisie Brugge')
    sessionId = session.id
    const facilitator = person('Els', session)
    const ann = person('Ann')
    const board = pool.join(ann)
    await waitForSynced(board)
    for (let i = 0; i < 25; i++)
      board.doc.getMap('tldraw').set(`shape:${i}`, { text: `notitie ${i}` })
    await roundTrip(board)
    const expectedBoard = board.doc.getMap('tldraw').toJSON()

    const statement = defaultStatements[0]!
    const command = (body: unknown) => sendCommand(server.url, session.id, facilitator, body)
    expect(
      (
        await command({
          type: 'stoplicht.setup',
          statements: [{ id: statement.id, text: statement.text }],
        })
      ).status,
    ).toBe(200)
    expect((await command({ type: 'stoplicht.open', statementId: statement.id })).status).toBe(200)
    const box = voteBoxId(statement.id, 1)
    expect((await submitSealed(server.url, session.id, box, ann, 'oranje')).status).toBe(200)

    const uploaded = await uploadPhoto(server.url, session.id, ann.pid, {
      width: 40,
      height: 30,
      background: '#c85a1e',
      format: 'jpeg',
    })
    expect(uploaded.status).toBe(201)
    const { src } = uploaded
    const storedPhoto = Buffer.from(await (await fetch(`${server.url}${src}`)).arrayBuffer())
    pool.closeAll()
    await server.stop()

    // The tests' server trusts every login; a password shows whether one could leak.
    const url = new URL(postgres.createDatabase('moved_here'))
    url.password = 'geheim'
    const databaseUrl = url.toString()
    const moved = await migrate({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl })
    expect(moved.output).toContain(
      'done: 1 sessions, 2 documents, 1 hidden submissions and 1 pictures',
    )
    expect(moved.code).toBe(0)
    expect(moved.output).not.toContain('geheim')

    const again = await migrate({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl })
    expect(again.code).toBe(1)
    expect(again.output).toContain('already holds 1 session(s)')

    // A server on the database alone (a fresh, empty DATA_DIR) has it all.
    server = await startServerProcess({ env: { DATABASE_URL: databaseUrl } })
    expect(server.dataDir).not.toBe(dataDir)
    const back = pool.join(ann)
    await waitForSynced(back)
    await waitFor(() => back.doc.getMap('tldraw').size === 25, 'the moved board')
    expect(back.doc.getMap('tldraw').toJSON()).toEqual(expectedBoard)
    const servedPhoto = await fetch(`${server.url}${src}`)
    expect(servedPhoto.status).toBe(200)
    expect(Buffer.from(await servedPhoto.arrayBuffer()).equals(storedPhoto)).toBe(true)

    // The vote cast before the move is still hidden, and counts at the reveal.
    const watcher = pool.join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)
    // The count is of voters who are here: it is 1 again once the server has seen Ann arrive.
    await waitFor(
      () => controlOf(watcher).sealed.find((b) => b.id === box)?.count === 1,
      'the hidden vote to count',
    )
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'stoplicht.reveal' })).status,
    ).toBe(200)
    await waitFor(
      () => (readSlice(controlOf(watcher), stoplichtspel)?.results[statement.id]?.length ?? 0) > 0,
      'the reveal',
    )
    const [result] = readSlice(controlOf(watcher), stoplichtspel)?.results[statement.id] ?? []
    expect(result?.tally).toEqual({ groen: 0, oranje: 1, rood: 0, total: 1 })
    expect(result?.voters).toEqual([{ name: 'Ann', color: 'oranje' }])
  })

  it('says clearly what is missing, without touching anything', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'reflectiebord-empty-'))
    try {
      const noDatabase = await migrate({
        DATA_DIR: empty,
        DATABASE_URL: postgres.createDatabase('never_filled'),
      })
      expect(noDatabase.code).toBe(1)
      expect(noDatabase.output).toContain('there is no database in this folder')

      const noUrl = await migrate({ DATA_DIR: empty })
      expect(noUrl.code).toBe(1)
      expect(noUrl.output).toContain('set DATABASE_URL')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
