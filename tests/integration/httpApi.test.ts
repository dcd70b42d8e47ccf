import { FACILITATOR_KEY_HEADER, isFacilitatorKey, isSessionId } from '@reflectiebord/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'

let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess()
})

afterAll(discardTestServers)

function post(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  return fetch(`${server.url}/api/sessions`, { method: 'POST', headers, body })
}

describe('POST /api/sessions', () => {
  it('creates a session with an unguessable id and facilitator key', async () => {
    const res = await post(JSON.stringify({ title: '  Intervisie ontmoeting, 2 okt ' }))
    expect(res.status).toBe(201)
    const created = (await res.json()) as { id: string; facilitatorKey: string; title: string }
    expect(created.title).toBe('Intervisie ontmoeting, 2 okt')
    expect(isSessionId(created.id)).toBe(true)
    expect(isFacilitatorKey(created.facilitatorKey)).toBe(true)
  })

  it.each([
    ['an empty title', JSON.stringify({ title: '' }), 400, 'title-empty'],
    ['a title of spaces', JSON.stringify({ title: '    ' }), 400, 'title-empty'],
    ['no title at all', JSON.stringify({}), 400, 'title-empty'],
    ['an absurdly long title', JSON.stringify({ title: 'x'.repeat(121) }), 400, 'title-too-long'],
    ['a body that is not JSON', '{title:', 400, 'invalid-json'],
    ['a body over 4 KiB', JSON.stringify({ title: 'x'.repeat(10_000) }), 413, 'body-too-large'],
  ])('refuses %s with a clear error', async (_what, body, status, code) => {
    const res = await post(body)
    expect(res.status).toBe(status)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code)
  })
})

describe('GET /api/sessions/:id', () => {
  it('tells a participant the title, and confirms a facilitator by key', async () => {
    const session = await createSession(server.url, 'Stoplichtspel')
    const plain = await fetch(`${server.url}/api/sessions/${session.id}`)
    expect(await plain.json()).toEqual({
      id: session.id,
      title: 'Stoplichtspel',
      createdAt: session.createdAt,
    })

    const asFacilitator = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { [FACILITATOR_KEY_HEADER]: session.facilitatorKey },
    })
    expect(((await asFacilitator.json()) as { role: string }).role).toBe('facilitator')

    const wrongKey = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { [FACILITATOR_KEY_HEADER]: 'niet-de-sleutel' },
    })
    expect(wrongKey.status).toBe(403)
  })

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['AAAAAAAAAAAAAAAAAAAAAAAA', 'x', '..%2F..%2Fetc%2Fpasswd']) {
      const res = await fetch(`${server.url}/api/sessions/${id}`)
      expect(res.status, id).toBe(404)
    }
  })
})

describe('pages and files', () => {
  it('serves the app with a strict content security policy and no referrer', async () => {
    const res = await fetch(`${server.url}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers the page of an unknown session with 404 (the app explains it)', async () => {
    const res = await fetch(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAAAA`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('text/html')
  })

  it('answers a known session page with 200', async () => {
    const session = await createSession(server.url)
    expect((await fetch(`${server.url}/s/${session.id}`)).status).toBe(200)
  })

  it('answers a session’s record page like its board page', async () => {
    const session = await createSession(server.url)
    const page = await fetch(`${server.url}/s/${session.id}/verslag`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect((await fetch(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAAAA/verslag`)).status).toBe(404)
  })

  it('sends a session’s board page with hints to fetch the board’s code at once, and no other page', async () => {
    const session = await createSession(server.url)
    const board = await (await fetch(`${server.url}/s/${session.id}`)).text()
    const boardChunk = /<link rel="modulepreload" crossorigin href="(\/assets\/Board-[^"]+\.js)"/
    const chunk = boardChunk.exec(board)?.[1]
    expect(chunk).toBeDefined()
    // What the hint names is there to be fetched.
    expect((await fetch(`${server.url}${chunk}`)).status).toBe(200)
    // The start page, the record and an unknown session's page do not open the board.
    for (const path of ['/', `/s/${session.id}/verslag`, '/s/AAAAAAAAAAAAAAAAAAAAAAAA']) {
      const page = await (await fetch(`${server.url}${path}`)).text()
      expect(page).toContain('<div id="root">')
      expect(page).not.toMatch(boardChunk)
    }
  })

  it('never serves files outside the client folder', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/..%2f..%2f..%2fpackage.json',
    ]) {
      const res = await fetch(`${server.url}${path}`)
      const text = await res.text()
      expect(text, path).not.toContain('"name": "reflectiebord"')
    }
  })

  it('answers unknown API paths and plain GETs of /yjs clearly', async () => {
    expect((await fetch(`${server.url}/api/onbekend`)).status).toBe(404)
    expect((await fetch(`${server.url}/yjs/x/board`)).status).toBe(426)
  })
})
