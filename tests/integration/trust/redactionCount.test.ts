import { type CreatedSession, holdsLastRedaction, SessionDocument } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ClientPool,
  controlOf,
  person,
  sendCommand,
  type TestPerson,
} from '../../support/control.ts'
import { roundTrip } from '../../support/markers.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { waitFor, waitForSynced } from '../../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))

function noteWith(id: string, text: string) {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    props: {
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
    },
    meta: {},
  }
}

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Afschermen')
  facilitator = person('Begeleider', session)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('session control counts redactions, for the browsers that keep an offline copy', () => {
  it('counts each redaction with the board state that holds it', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    const ann = pool.join(person('Ann'))
    await Promise.all([waitForSynced(watcher), waitForSynced(ann)])
    expect(controlOf(watcher).redactions).toEqual({ count: 0, boardStateVector: '' })
    const board = ann.doc.getMap('tldraw')
    board.set('shape:een', noteWith('shape:een', 'Familie Peeters'))
    board.set('shape:twee', noteWith('shape:twee', 'Meneer Claes'))
    await roundTrip(ann)
    // A copy of the board from before the redaction does not hold it.
    const before = new Y.Doc()
    Y.applyUpdate(before, Y.encodeStateAsUpdate(ann.doc))

    const redact = (shapeId: string) =>
      sendCommand(server.url, session.id, facilitator, { type: 'board.redact', shapeId })
    expect((await redact('shape:een')).status).toBe(200)
    await waitFor(() => controlOf(watcher).redactions.count === 1, 'the first count')
    await waitFor(
      () => JSON.stringify(board.get('shape:een')).includes('Afgeschermd'),
      'the redaction to reach Ann',
    )
    expect(holdsLastRedaction(ann.doc, controlOf(watcher).redactions)).toBe(true)
    expect(holdsLastRedaction(before, controlOf(watcher).redactions)).toBe(false)

    // A refused redaction counts nothing; the next one counts again.
    expect((await redact('shape:bestaat-niet')).status).toBe(404)
    expect((await redact('shape:twee')).status).toBe(200)
    await waitFor(() => controlOf(watcher).redactions.count === 2, 'the second count')
  })
})
