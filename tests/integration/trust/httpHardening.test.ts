import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../../support/serverProcess.ts'

let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess({ env: { HTTP_HEADERS_TIMEOUT_SECONDS: '1' } })
})

afterAll(async () => {
  await discardTestServers()
})

const createSession = (headers: Record<string, string>) =>
  fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'Van elders' }),
  })

describe('the HTTP surface', () => {
  it('decodes a path once: an escaped percent sign is an unknown session, not a crash', async () => {
    for (const path of ['/api/sessions/%25', '/api/sessions/%25/control', '/api/sessions/%2525']) {
      const res = await fetch(`${server.url}${path}`, {
        method: path.endsWith('control') ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        ...(path.endsWith('control') ? { body: '{}' } : {}),
      })
      expect(res.status, path).toBe(404)
    }
  })

  it('refuses to create a session for a page on another site, or from a form', async () => {
    const evil = await createSession({
      'content-type': 'application/json',
      origin: 'https://kwaadaardig.example',
    })
    expect(evil.status).toBe(403)
    expect(((await evil.json()) as { error: { code: string } }).error.code).toBe('cross-origin')
    const form = await createSession({ 'content-type': 'text/plain' })
    expect(form.status).toBe(415)
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe('not-json')
    const ours = await createSession({
      'content-type': 'application/json',
      origin: server.url,
    })
    expect(ours.status).toBe(201)
  })

  it('tells the public only that it is up', async () => {
    const res = await fetch(`${server.url}/api/health`)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('sends the security headers on every response, the built-in picture files included', async () => {
    for (const path of [
      '/',
      '/pictures/ballonnen-in-het-park.svg',
      '/api/health',
      '/api/onbekend',
    ]) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.headers.get('content-security-policy'), path).toContain("default-src 'self'")
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })

  it('closes a client that trickles its request headers', async () => {
    const socket = connect(server.port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    // Half a request, and then nothing: the slow-headers attack in its simplest form.
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n')
    const closed = await new Promise<boolean>((resolve) => {
      const deadline = setTimeout(() => resolve(false), 15_000)
      socket.once('close', () => {
        clearTimeout(deadline)
        resolve(true)
      })
      socket.resume()
    })
    socket.destroy()
    expect(closed).toBe(true)
  })
})
