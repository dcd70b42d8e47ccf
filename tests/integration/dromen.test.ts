import {
  type CreatedSession,
  dromenMetBeelden,
  overlaps,
  readSlice,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand, type TestPerson } from '../support/control.ts'
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
const join = (who: TestPerson, document?: SessionDocument): StockClient => pool.join(who, document)

const command = (body: unknown, who: TestPerson = facilitator) =>
  sendCommand(server.url, session.id, who, body)
const spots = () => controlOf(watcher).areas.filter((area) => area.areaId === 'spot')
const zone = () => controlOf(watcher).areas.find((area) => area.areaId === 'persoonlijke-plekken')

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Dromen met beelden')
  facilitator = person('Begeleider', session)
  watcher = join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
  const load = { type: 'template.load', templateId: 'dromen-met-beelden', origin: { x: 0, y: 0 } }
  expect((await command(load)).status).toBe(200)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('personal spots', () => {
  it('gives everyone present a labelled spot in the zone, and a late joiner one more', async () => {
    await Promise.all([waitForSynced(join(person('Ann'))), waitForSynced(join(person('Bert')))])
    await waitFor(
      () => controlOf(watcher).people.filter((p) => p.online).length === 3,
      'three present',
    )
    expect((await command({ type: 'dromen.start' })).status).toBe(200)
    await waitFor(() => spots().length === 3, 'three spots')
    expect(
      spots()
        .map((s) => s.title.nl)
        .sort(),
    ).toEqual(['Ann', 'Begeleider', 'Bert'])
    const area = zone()!
    for (const spot of spots()) {
      expect(spot.x).toBeGreaterThanOrEqual(area.x)
      expect(spot.x + spot.w).toBeLessThanOrEqual(area.x + area.w)
      expect(spot.ownerPublicId).toBe(
        controlOf(watcher).people.find((p) => p.name === spot.title.nl)?.publicId,
      )
    }
    const before = JSON.stringify(spots().sort((a, b) => a.key.localeCompare(b.key)))

    await waitForSynced(join(person('Carla')))
    await waitFor(() => spots().length === 4, 'a spot for Carla')
    const carla = spots().find((s) => s.title.nl === 'Carla')!
    const others = spots().filter((s) => s !== carla)
    expect(JSON.stringify(others.sort((a, b) => a.key.localeCompare(b.key)))).toBe(before)
    for (const spot of others) expect(overlaps(spot, carla)).toBe(false)
  })

  it('is refused while another exercise is active', async () => {
    const load = { type: 'template.load', templateId: 'stoplichtspel', origin: { x: 0, y: 5000 } }
    await command(load)
    const result = await command({ type: 'dromen.start' })
    expect(result.status).toBe(409)
    expect(result.body.error?.code).toBe('wrong-exercise')
  })
})

describe('the spotlight', () => {
  it('points at one person’s spot, chosen by a facilitator only', async () => {
    const ann = person('Ann')
    await waitForSynced(join(ann))
    await command({ type: 'dromen.start' })
    await waitFor(() => spots().length === 2, 'two spots')
    const annId = controlOf(watcher).people.find((p) => p.name === 'Ann')!.publicId
    expect((await command({ type: 'dromen.spotlight', publicId: annId }, ann)).status).toBe(403)
    expect((await command({ type: 'dromen.spotlight', publicId: 'niemand' })).status).toBe(404)
    expect((await command({ type: 'dromen.spotlight', publicId: annId })).status).toBe(200)
    await waitFor(
      () => readSlice(controlOf(watcher), dromenMetBeelden)?.spotlightPublicId === annId,
      'the spotlight',
    )
    expect((await command({ type: 'dromen.spotlight', publicId: null })).status).toBe(200)
  })
})
