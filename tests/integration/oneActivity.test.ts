import {
  type CreatedSession,
  defaultStatements,
  dromenMetBeelden,
  publicParticipantId,
  readSlice,
  SessionDocument,
  stoplichtspel,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand, type TestPerson } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
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
let watcher: StockClient
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const command = async (body: unknown) => {
  const result = await sendCommand(server.url, session.id, facilitator, body)
  expect(result.status, JSON.stringify(result.body)).toBe(200)
}
const load = (templateId: string, x: number) =>
  command({ type: 'template.load', templateId, origin: { x, y: 0 } })

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Eén activiteit tegelijk')
  facilitator = person('Begeleider', session)
  watcher = pool.join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('starting another exercise', () => {
  it('takes the stoplicht summary off the screen and leaves an open round open', async () => {
    const [first, second] = defaultStatements.map(({ id, text }) => ({ id, text }))
    await load('stoplichtspel', 0)
    await command({ type: 'stoplicht.setup', statements: [first, second] })
    await command({ type: 'stoplicht.summary', show: true })
    await waitFor(
      () => readSlice(controlOf(watcher), stoplichtspel)?.showSummary === true,
      'the summary on screen',
    )
    await command({ type: 'stoplicht.open', statementId: second?.id })
    await load('reflecteren', 5000)
    await waitFor(
      () => controlOf(watcher).activity?.templateId === 'reflecteren',
      'the new activity',
    )
    // Everything the server did for that command has reached the watcher once this returns.
    await roundTrip(watcher)
    const game = readSlice(controlOf(watcher), stoplichtspel)
    expect(game?.showSummary).toBe(false)
    expect(game?.current).toMatchObject({ statementId: second?.id, status: 'open' })
  })

  it('ends the spotlight on a person’s spot in Dromen met beelden', async () => {
    const ann = person('Ann')
    await waitForSynced(pool.join(ann))
    await load('dromen-met-beelden', 0)
    await command({ type: 'dromen.start' })
    const annId = publicParticipantId(ann.pid)
    await waitFor(
      () => readSlice(controlOf(watcher), dromenMetBeelden)?.order.includes(annId) === true,
      'Ann’s spot',
    )
    await command({ type: 'dromen.spotlight', publicId: annId })
    await load('casusbespreking-kort', 8000)
    await waitFor(
      () => controlOf(watcher).activity?.templateId === 'casusbespreking-kort',
      'the case discussion',
    )
    await roundTrip(watcher)
    expect(readSlice(controlOf(watcher), dromenMetBeelden)?.spotlightPublicId).toBeNull()
  })

  it('ends the spotlight when Dromen met beelden moves to its next phase, and keeps the spots', async () => {
    const ann = person('Ann')
    await waitForSynced(pool.join(ann))
    await load('dromen-met-beelden', 0)
    await command({ type: 'dromen.start' })
    const annId = publicParticipantId(ann.pid)
    await waitFor(
      () => readSlice(controlOf(watcher), dromenMetBeelden)?.order.includes(annId) === true,
      'Ann’s spot',
    )
    await command({ type: 'dromen.spotlight', publicId: annId })
    await waitFor(
      () => readSlice(controlOf(watcher), dromenMetBeelden)?.spotlightPublicId === annId,
      'the spotlight',
    )
    await command({ type: 'phase.next' })
    await waitFor(() => controlOf(watcher).activity?.phaseIndex === 1, 'the next phase')
    await roundTrip(watcher)
    const game = readSlice(controlOf(watcher), dromenMetBeelden)
    expect(game?.spotlightPublicId).toBeNull()
    expect(game?.order).toContain(annId)
  })
})
