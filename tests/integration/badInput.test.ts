import { sessionLogTag } from '@reflectiebord/server'
import {
  CloseCode,
  type CreatedSession,
  MessageType,
  newParticipantId,
  SyncMessageType,
} from '@reflectiebord/shared'
import * as encoding from 'lib0/encoding'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { afterMarker } from '../support/markers.ts'
import { closeOf, connectRaw, syncUpdateFrame } from '../support/rawClient.ts'
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
import { requestTicket, ticketFor } from '../support/tickets.ts'

const MAX_MESSAGE_BYTES = 64 * 1024

let server: ServerProcess
let session: CreatedSession
let other: CreatedSession
let bystander: StockClient

function boardUrl(id: string, params = 'name=Raw'): string {
  return `${server.wsUrl}/${id}/board?${params}`
}

async function health(): Promise<{ ok: boolean }> {
  return (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean }
}

/**
 * The rooms the server loaded, from its own debug log (the public health answer no longer
 * says). A participant's refused command logs a line after everything before it, so once
 * that line is in, every earlier "room loaded" line is too.
 */
async function roomsLoaded(): Promise<string[]> {
  const refusals = () => server.output().split('refused a control command').length - 1
  const before = refusals()
  const res = await fetch(`${server.url}/api/sessions/${other.id}/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-participant-id': newParticipantId() },
    body: JSON.stringify({ type: 'phase.next' }),
  })
  expect(res.status).toBe(403)
  await waitFor(() => refusals() > before, 'the marker line in the log')
  return server
    .output()
    .split('\n')
    .filter((line) => line.includes('room loaded'))
}

/** The server is up, and a colleague in another room still edits and syncs as before. */
async function othersUnaffected(): Promise<void> {
  expect((await health()).ok).toBe(true)
  const probe = connectStockClient(server.wsUrl, other.id, { name: 'Controle' })
  try {
    await waitForSynced(probe)
    const key = `shape:${Math.random()}`
    bystander.doc.getMap('tldraw').set(key, { text: 'nog altijd hier' })
    await waitFor(() => probe.doc.getMap('tldraw').has(key), 'the other room to keep syncing')
  } finally {
    probe.destroy()
  }
}

beforeAll(async () => {
  server = await startServerProcess({
    env: { MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES), LOG_LEVEL: 'debug' },
  })
  session = await createSession(server.url)
  other = await createSession(server.url, 'Andere sessie')
  bystander = connectStockClient(server.wsUrl, other.id, { name: 'Collega' })
  await waitForSynced(bystander)
})

afterAll(async () => {
  try {
    bystander?.destroy()
  } finally {
    await discardTestServers()
  }
})

describe('malformed frames', () => {
  it.each([
    ['a text frame', 'hallo'],
    ['an empty frame', new Uint8Array([])],
    ['an unknown message type', new Uint8Array([42, 0])],
    [
      'a truncated sync message',
      new Uint8Array([MessageType.Sync, SyncMessageType.Update, 80, 1, 2]),
    ],
    ['an update of garbage bytes', syncUpdateFrame(new Uint8Array([7, 250, 250, 250, 250, 1, 0]))],
    ['a zero-length update', syncUpdateFrame(new Uint8Array([]))],
  ])(
    'close the connection that sent %s with 4400, and nobody else is touched',
    async (_what, data) => {
      const raw = await connectRaw(boardUrl(session.id))
      raw.send(data)
      expect((await closeOf(raw)).code).toBe(CloseCode.MalformedMessage)
      await othersUnaffected()
    },
  )
})

describe('oversized messages', () => {
  it('close the connection with 1009 and store nothing of the message', async () => {
    const writer = connectStockClient(server.wsUrl, session.id, { name: 'Schrijver' })
    await waitForSynced(writer)
    writer.doc.getMap('tldraw').set('shape:klein', { text: 'past' })

    const raw = await connectRaw(boardUrl(session.id))
    const big = new Y.Doc()
    big.getMap('tldraw').set('shape:groot', { text: 'x'.repeat(MAX_MESSAGE_BYTES * 2) })
    raw.send(syncUpdateFrame(Y.encodeStateAsUpdate(big)))
    expect((await closeOf(raw)).code).toBe(CloseCode.MessageTooBig)
    writer.destroy()

    const reader = connectStockClient(server.wsUrl, session.id, { name: 'Lezer' })
    try {
      await waitForSynced(reader)
      await waitFor(() => reader.doc.getMap('tldraw').has('shape:klein'), 'the small shape')
      expect(reader.doc.getMap('tldraw').has('shape:groot')).toBe(false)
    } finally {
      reader.destroy()
    }
    await othersUnaffected()
  })
})

describe('addresses and credentials', () => {
  it('closes a connection to an unknown session with 4404 and creates no room', async () => {
    const roomsBefore = await roomsLoaded()
    // The log does name loaded rooms (the bystander's), so an empty difference means something.
    // (By its session's log tag: a log line never holds a session id.)
    expect(roomsBefore.some((line) => line.includes(sessionLogTag(other.id)))).toBe(true)
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAAAA'
    // No ticket is to be had for it...
    const answer = await requestTicket(server.url, unknown, { name: 'Raw' })
    expect(answer.status).toBe(404)
    expect(answer.body.error?.code).toBe('session-not-found')
    // ...and a websocket to it is closed as not found before its ticket is even looked at.
    const foreignTicket = await ticketFor(server.url, other.id, { name: 'Raw' })
    for (const query of ['', `?ticket=${foreignTicket}`]) {
      const raw = await connectRaw(`${server.wsUrl}/${unknown}/board${query}`, { asIs: true })
      expect(await closeOf(raw)).toEqual({
        code: CloseCode.SessionNotFound,
        reason: 'session not found',
      })
    }
    expect(await roomsLoaded()).toEqual(roomsBefore)
  })

  it.each([
    ['a garbage session id', '/yjs/..%2F..%2Fetc/board'],
    ['an unknown document of a real session', '/yjs/SESSION/geheim'],
    ['a path that is too deep', '/yjs/SESSION/board/extra'],
  ])('closes a connection to %s with 4404', async (_what, path) => {
    const raw = await connectRaw(
      `ws://127.0.0.1:${server.port}${path.replace('SESSION', session.id)}?name=Raw`,
    )
    expect((await closeOf(raw)).code).toBe(CloseCode.SessionNotFound)
  })

  it('answers a websocket to a path outside /yjs with HTTP 404', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/elders`)
    const status = await new Promise<number | undefined>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode))
      socket.on('open', () => resolve(undefined))
      socket.on('error', () => undefined)
    })
    socket.terminate()
    expect(status).toBe(404)
  })

  // The credentials are checked where they now travel: the ticket request (in headers).
  it('refuses a wrong facilitator key with 403 instead of making a participant', async () => {
    const answer = await requestTicket(server.url, session.id, { name: 'Raw', key: 'A'.repeat(43) })
    expect(answer.status).toBe(403)
    expect(answer.body).toEqual({ error: { code: 'wrong-key', message: expect.any(String) } })
  })

  it('accepts the right facilitator key', async () => {
    const facilitator = connectStockClient(server.wsUrl, session.id, {
      name: 'Begeleider',
      key: session.facilitatorKey,
    })
    try {
      await waitForSynced(facilitator)
    } finally {
      facilitator.destroy()
    }
  })

  it.each([
    ['no display name', {}, 'name-empty'],
    ['an empty display name', { name: '' }, 'name-empty'],
    ['a display name of spaces', { name: '   ' }, 'name-empty'],
    ['a display name that is too long', { name: 'x'.repeat(41) }, 'name-too-long'],
    ['a malformed participant id', { name: 'Ann', pid: 'kort' }, 'invalid-participant-id'],
  ])('refuses a ticket request with %s with 422', async (_what, who, code) => {
    const answer = await requestTicket(server.url, session.id, who)
    expect(answer.status).toBe(422)
    expect(answer.body.error?.code).toBe(code)
    expect(answer.body.ticket).toBeUndefined()
  })

  it('closes a connection whose URL still carries a participant id with 4422', async () => {
    const raw = await connectRaw(boardUrl(session.id, `name=Ann&pid=${newParticipantId()}`), {
      asIs: true,
    })
    expect((await closeOf(raw)).code).toBe(CloseCode.InvalidParams)
  })
})

describe('presence of others', () => {
  it('cannot be overwritten by another connection', async () => {
    const ann = connectStockClient(server.wsUrl, session.id, { name: 'Ann' })
    const bert = connectStockClient(server.wsUrl, session.id, { name: 'Bert' })
    try {
      await Promise.all([waitForSynced(ann), waitForSynced(bert)])
      ann.provider.awareness.setLocalStateField('user', { name: 'Ann' })
      const annId = ann.doc.clientID
      const stateOf = () =>
        bert.provider.awareness.getStates().get(annId) as { user?: { name: string } } | undefined
      await waitFor(() => stateOf()?.user?.name === 'Ann', 'Bert to see Ann')

      // A raw client claims Ann's awareness id with a newer clock and another name.
      const raw = await connectRaw(boardUrl(session.id, 'name=Mallory'))
      const forged = encoding.createEncoder()
      encoding.writeVarUint(forged, 1)
      encoding.writeVarUint(forged, annId)
      encoding.writeVarUint(forged, 9999)
      encoding.writeVarString(forged, JSON.stringify({ user: { name: 'Mallory' } }))
      const message = encoding.createEncoder()
      encoding.writeVarUint(message, MessageType.Awareness)
      encoding.writeVarUint8Array(message, encoding.toUint8Array(forged))
      raw.send(encoding.toUint8Array(message))

      // A marker on Mallory's own socket after the forgery: once answered, the server has
      // handled the forgery (a presence it takes is relayed at once); then one on Bert's: all
      // the server sent him before it has arrived.
      await afterMarker(raw, [bert])
      expect(stateOf()?.user?.name).toBe('Ann')
      // Ann herself still moves her own presence forward.
      ann.provider.awareness.setLocalStateField('user', { name: 'Ann', marker: true })
      await waitFor(
        () => (stateOf()?.user as { marker?: boolean } | undefined)?.marker === true,
        "Ann's own later presence",
      )
      raw.close()
    } finally {
      ann.destroy()
      bert.destroy()
    }
  })
})
