import {
  type CreatedSession,
  casusbespreking,
  noCase,
  readSlice,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand, type TestPerson } from '../support/control.ts'
import { scanDataDir } from '../support/dataDirScan.ts'
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
const join = (who: TestPerson, document?: SessionDocument): StockClient => pool.join(who, document)

const command = (body: unknown, who: TestPerson = facilitator) =>
  sendCommand(server.url, session.id, who, body)
const publicIdOf = (name: string) =>
  controlOf(watcher).people.find((p) => p.name === name)?.publicId ?? ''

function noteWith(text: string) {
  return {
    id: 'shape:notitie',
    typeName: 'shape',
    type: 'note',
    x: 0,
    y: 0,
    props: {
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
    },
    meta: {},
  }
}

/** Every byte the server keeps for this session's data, database and WAL alike. */
beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Casusbespreking')
  facilitator = person('Begeleider', session)
  watcher = join(facilitator, SessionDocument.Control)
  await waitForSynced(watcher)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('the case-bringer', () => {
  it('is marked by the facilitator, stays when they leave, and can be reassigned', async () => {
    const ann = join(person('Ann'))
    const bert = join(person('Bert'))
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])
    await waitFor(() => publicIdOf('Ann') !== '' && publicIdOf('Bert') !== '', 'both in the list')
    expect((await command({ type: 'case.bringer', publicId: publicIdOf('Ann') })).status).toBe(200)
    await waitFor(
      () =>
        (readSlice(controlOf(watcher), casusbespreking) ?? noCase).bringerPublicId ===
        publicIdOf('Ann'),
      'Ann marked',
    )

    ann.destroy()
    await waitFor(
      () => controlOf(watcher).people.find((p) => p.name === 'Ann')?.online === false,
      'Ann gone',
    )
    expect((readSlice(controlOf(watcher), casusbespreking) ?? noCase).bringerPublicId).toBe(
      publicIdOf('Ann'),
    )
    expect((await command({ type: 'case.bringer', publicId: publicIdOf('Bert') })).status).toBe(200)
    await waitFor(
      () =>
        (readSlice(controlOf(watcher), casusbespreking) ?? noCase).bringerPublicId ===
        publicIdOf('Bert'),
      'Bert marked',
    )
  })

  it('cannot be someone who never joined, nor be chosen by a participant', async () => {
    const ann = person('Ann')
    await waitForSynced(join(ann))
    expect((await command({ type: 'case.bringer', publicId: 'niemand' })).status).toBe(404)
    expect((await command({ type: 'case.bringer', publicId: null }, ann)).status).toBe(403)
  })
})

describe('methods and example cases', () => {
  it('loads the short method, and a participant cannot advance its phases', async () => {
    const ann = person('Ann')
    await waitForSynced(join(ann))
    const load = {
      type: 'template.load',
      templateId: 'casusbespreking-kort',
      origin: { x: 0, y: 0 },
    }
    expect((await command(load)).status).toBe(200)
    await waitFor(() => controlOf(watcher).areas.length === 4, 'four zones')
    const refused = await command({ type: 'phase.next' }, ann)
    expect(refused.status).toBe(403)
    // Had the refused command changed the phase, the change would have reached the watcher.
    await roundTrip(watcher)
    expect(controlOf(watcher).activity?.phaseIndex).toBe(0)
  })

  it('chooses one of the example cases, and refuses an unknown one', async () => {
    expect((await command({ type: 'case.example', exampleId: 'vader-aan-de-kant' })).status).toBe(
      200,
    )
    await waitFor(
      () =>
        (readSlice(controlOf(watcher), casusbespreking) ?? noCase).exampleCaseId ===
        'vader-aan-de-kant',
      'the example',
    )
    expect((await command({ type: 'case.example', exampleId: 'verzonnen' })).status).toBe(404)
  })
})

describe('redacting a note', () => {
  it('blanks it out for everyone and leaves nothing of the old text in the stored data', async () => {
    const ann = join(person('Ann'))
    const bert = join(person('Bert'))
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])
    const secret = 'Familie Vandersteenhoven-Qx'
    ann.doc.getMap('tldraw').set('shape:notitie', noteWith(secret))
    await waitFor(() => bert.doc.getMap('tldraw').has('shape:notitie'), 'the note to reach Bert')
    await waitFor(() => scanDataDir(server.dataDir, [secret]).length > 0, 'the note to be stored')
    expect(scanDataDir(server.dataDir, [secret]).length).toBeGreaterThan(0)

    expect((await command({ type: 'board.redact', shapeId: 'shape:notitie' })).status).toBe(200)
    const textOf = (client: StockClient) =>
      JSON.stringify(client.doc.getMap('tldraw').get('shape:notitie'))
    await waitFor(
      () => !textOf(bert).includes(secret) && !textOf(ann).includes(secret),
      'the redaction',
    )
    expect(textOf(bert)).toContain('Afgeschermd')
    expect(scanDataDir(server.dataDir, [secret])).toEqual([])
  })

  it('is refused to a participant, for an unknown shape, and for a shape without text', async () => {
    const ann = person('Ann')
    const board = join(ann)
    await waitForSynced(board)
    board.doc
      .getMap('tldraw')
      .set('shape:tekening', { id: 'shape:tekening', typeName: 'shape', type: 'draw', props: {} })
    // The server has the drawing once it answers a marker Ann sends after it.
    await roundTrip(board)
    expect((await command({ type: 'board.redact', shapeId: 'shape:tekening' }, ann)).status).toBe(
      403,
    )
    expect((await command({ type: 'board.redact', shapeId: 'shape:bestaat-niet' })).status).toBe(
      404,
    )
    expect((await command({ type: 'board.redact', shapeId: 'shape:tekening' })).status).toBe(400)
  })
})
