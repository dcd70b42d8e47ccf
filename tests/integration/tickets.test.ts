import { ReflectiebordServer, sessionLogTag, Tickets } from '@reflectiebord/server'
import {
  CloseCode,
  type CreatedSession,
  newParticipantId,
  publicParticipantId,
  roomName,
  SessionDocument,
  TICKET_TTL_MS,
} from '@reflectiebord/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { controlOf, person } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import { closeOf, connectRaw } from '../support/rawClient.ts'
import {
  clientDist,
  discardTestServers,
  makeDataDir,
  removeDataDir,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { connectStockClient, waitFor, waitForSynced } from '../support/stockClient.ts'
import { requestTicket, ticketedUrl, ticketFor } from '../support/tickets.ts'

/**
 * Issue #11, item 6: no credential in a request URL. The participant id and the facilitator
 * key go to `POST /api/sessions/:id/tickets` in headers; the websocket URL carries only a
 * single-use ticket, and a URL that still carries a credential is refused.
 */

let server: ServerProcess
let session: CreatedSession
let other: CreatedSession

beforeAll(async () => {
  server = await startServerProcess({ env: { LOG_LEVEL: 'debug' } })
  session = await createSession(server.url)
  other = await createSession(server.url, 'Andere sessie')
})

afterAll(discardTestServers)

const boardRoom = () => roomName(session.id, SessionDocument.Board)

/** A websocket to exactly this URL, no ticket fetched on its behalf. */
function connectExactly(query: string, room = boardRoom()) {
  return connectRaw(`${server.wsUrl}/${room}${query}`, { asIs: true })
}

describe('a websocket URL', () => {
  it.each([
    ['the participant id', () => `?name=Ann&pid=${newParticipantId()}`],
    ['the facilitator key', () => `?name=Fien&key=${session.facilitatorKey}`],
    [
      'all the old parameters',
      () => `?name=Fien&pid=${newParticipantId()}&key=${session.facilitatorKey}`,
    ],
  ])('that carries %s is refused with 4422, saying to use a ticket', async (_what, query) => {
    const raw = await connectExactly(query())
    const close = await closeOf(raw)
    expect(close.code).toBe(CloseCode.InvalidParams)
    expect(close.reason).toMatch(/ticket/)
  })

  it('that carries a credential is refused even beside a good ticket', async () => {
    const ticket = await ticketFor(server.url, session.id, { name: 'Ann' })
    const raw = await connectExactly(`?ticket=${ticket}&pid=${newParticipantId()}`)
    expect((await closeOf(raw)).code).toBe(CloseCode.InvalidParams)
  })

  it.each([
    ['no ticket', ''],
    ['a name but no ticket', '?name=Ann'],
    ['a made-up ticket', `?ticket=${'A'.repeat(43)}`],
    ['garbage for a ticket', '?ticket=%00%01'],
  ])('with %s is refused with 4401', async (_what, query) => {
    const raw = await connectExactly(query)
    expect((await closeOf(raw)).code).toBe(CloseCode.Unauthorized)
  })
})

describe('a ticket', () => {
  it('admits one connection, as the person and role its request named', async () => {
    const fien = person('Fien', session)
    const watcher = connectStockClient(
      server.wsUrl,
      session.id,
      { name: 'Waarnemer' },
      SessionDocument.Control,
    )
    try {
      await waitForSynced(watcher)
      const ticket = await ticketFor(server.url, session.id, fien)
      const raw = await connectExactly(`?ticket=${ticket}`)
      await roundTrip(raw)
      await waitFor(
        () =>
          controlOf(watcher).people.some(
            (p) => p.publicId === publicParticipantId(fien.pid) && p.online,
          ),
        'Fien to be listed',
      )
      const listed = controlOf(watcher).people.find(
        (p) => p.publicId === publicParticipantId(fien.pid),
      )
      expect(listed).toMatchObject({ name: 'Fien', role: 'facilitator' })

      // The same ticket a second time: spent.
      const again = await connectExactly(`?ticket=${ticket}`)
      expect((await closeOf(again)).code).toBe(CloseCode.Unauthorized)
      raw.close()
    } finally {
      watcher.destroy()
    }
  })

  it('of another session is refused, and spent by the try', async () => {
    const ticket = await ticketFor(server.url, other.id, { name: 'Ann' })
    const wrong = await connectExactly(`?ticket=${ticket}`)
    expect((await closeOf(wrong)).code).toBe(CloseCode.Unauthorized)
    const own = await connectExactly(`?ticket=${ticket}`, roomName(other.id, SessionDocument.Board))
    expect((await closeOf(own)).code).toBe(CloseCode.Unauthorized)
  })

  it('is enough for the stock y-websocket client, on both documents', async () => {
    for (const document of [SessionDocument.Board, SessionDocument.Control]) {
      const ticket = await ticketFor(server.url, session.id, {
        name: 'Stock',
        pid: newParticipantId(),
      })
      const doc = new Y.Doc()
      const provider = new WebsocketProvider(server.wsUrl, roomName(session.id, document), doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params: { ticket },
        disableBc: true,
      })
      try {
        await waitFor(() => provider.synced, `the stock client to sync the ${document}`)
        expect(provider.url).toBe(ticketedUrl(server.wsUrl, roomName(session.id, document), ticket))
      } finally {
        provider.destroy()
        doc.destroy()
      }
    }
  })

  it('nor the credentials that bought it, show up in the server log', async () => {
    const who = { name: 'Logcheck', pid: newParticipantId(), key: session.facilitatorKey }
    const client = connectStockClient(server.wsUrl, session.id, who)
    try {
      await waitForSynced(client)
      await roundTrip(client)
    } finally {
      client.destroy()
    }
    const ticket = await ticketFor(server.url, session.id, who)
    const raw = await connectExactly(`?ticket=${ticket}&pid=${who.pid}`)
    await closeOf(raw)
    // The debug log names requests and connections; it must name no credential, and not the
    // session id either (the participant link's secret): a tag stands for it.
    expect(server.output()).toContain('connection opened')
    expect(server.output()).toContain(sessionLogTag(session.id))
    for (const secret of [who.pid, who.key, ticket, session.id]) {
      expect(server.output()).not.toContain(secret)
    }
  })
})

describe('POST /api/sessions/:id/tickets', () => {
  it('answers a ticket and how long it lasts', async () => {
    const answer = await requestTicket(server.url, session.id, { name: 'Ann' })
    expect(answer.status).toBe(201)
    expect(answer.body).toEqual({ ticket: expect.any(String), expiresInMs: TICKET_TTL_MS })
  })

  it('answers 404 for an unknown or malformed session, and makes nothing', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAAAA', 'x']) {
      const answer = await requestTicket(server.url, id, { name: 'Ann' })
      expect(answer.status, id).toBe(404)
      expect(answer.body.error?.code).toBe('session-not-found')
    }
  })

  it.each([
    ['a malformed key', 'kort'],
    ['the key of another session', () => other.facilitatorKey],
  ])('refuses %s with 403 instead of making a participant', async (_what, key) => {
    const answer = await requestTicket(server.url, session.id, {
      name: 'Fien',
      key: typeof key === 'string' ? key : key(),
    })
    expect(answer.status).toBe(403)
    expect(answer.body.error?.code).toBe('wrong-key')
  })

  it.each([
    ['no display name', {}, 'name-empty'],
    ['an empty display name', { name: '' }, 'name-empty'],
    ['a display name of spaces', { name: '   ' }, 'name-empty'],
    ['a display name that is too long', { name: 'x'.repeat(41) }, 'name-too-long'],
    ['a display name with control characters', { name: 'Ann\u0000' }, 'name-control-characters'],
    ['a malformed participant id', { name: 'Ann', pid: 'kort' }, 'invalid-participant-id'],
  ])('refuses %s with 422', async (_what, who, code) => {
    const answer = await requestTicket(server.url, session.id, who)
    expect(answer.status).toBe(422)
    expect(answer.body.error?.code).toBe(code)
  })

  it('refuses another site, a body that is not JSON, and other methods', async () => {
    const url = `${server.url}/api/sessions/${session.id}/tickets`
    const body = JSON.stringify({ name: 'Ann' })
    const crossSite = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elders.example' },
      body,
    })
    expect(crossSite.status).toBe(403)
    const form = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Ann',
    })
    expect(form.status).toBe(415)
    expect((await fetch(url)).status).toBe(405)
  })
})

describe('an expired ticket', () => {
  let inProcess: ReflectiebordServer
  let dataDir: string
  let now = 0

  beforeAll(async () => {
    dataDir = makeDataDir()
    inProcess = await ReflectiebordServer.start(
      { host: '127.0.0.1', port: 0, dataDir, clientDist, logLevel: 'silent' },
      { tickets: new Tickets({ now: () => now }) },
    )
  })

  afterAll(async () => {
    try {
      await inProcess?.close()
    } finally {
      removeDataDir(dataDir)
    }
  })

  it('is refused with 4401, while one used in time is let in', async () => {
    const own = await createSession(inProcess.url)
    const wsUrl = `${inProcess.url.replace('http', 'ws')}/yjs`
    const room = roomName(own.id, SessionDocument.Board)
    const late = await ticketFor(inProcess.url, own.id, { name: 'Laat' })
    now += TICKET_TTL_MS - 1
    const inTime = await ticketFor(inProcess.url, own.id, { name: 'Op tijd' })
    const admitted = await connectRaw(ticketedUrl(wsUrl, room, inTime), { asIs: true })
    await roundTrip(admitted)
    admitted.close()

    now += 1
    const refused = await connectRaw(ticketedUrl(wsUrl, room, late), { asIs: true })
    expect((await closeOf(refused)).code).toBe(CloseCode.Unauthorized)
  })
})
