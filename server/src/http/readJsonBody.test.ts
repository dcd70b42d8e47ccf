import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { readJsonBody, sendBodyProblem } from './readJsonBody.ts'
import { sendError } from './responses.ts'

/** A request is a readable stream with headers; that is all readJsonBody looks at. */
function request(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): IncomingMessage {
  // The cast stands in for the socket and parser a real IncomingMessage needs.
  return Object.assign(Readable.from([Buffer.from(body)]), {
    headers,
  }) as unknown as IncomingMessage
}

/** Records what a handler writes; only the calls the response helpers make. */
function response() {
  const written = { status: 0, headers: {} as Record<string, unknown>, body: '' }
  const res = {
    writeHead(status: number, headers: Record<string, unknown>) {
      written.status = status
      written.headers = headers
    },
    end(text: string) {
      written.body = text
    },
  }
  // The cast: the helpers call writeHead and end, nothing else of ServerResponse.
  return { res: res as unknown as ServerResponse, written }
}

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    expect(await readJsonBody(request('{"title":"T"}'), 100)).toEqual({
      ok: true,
      value: { title: 'T' },
    })
  })

  it('refuses a body that is not JSON', async () => {
    expect(await readJsonBody(request('{title:'), 100)).toEqual({
      ok: false,
      reason: 'invalid-json',
    })
  })

  it('refuses a body that does not say it is JSON, as a form on another site would send it', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      expect(await readJsonBody(request('{"title":"T"}', { 'content-type': type }), 100)).toEqual({
        ok: false,
        reason: 'not-json',
      })
    }
    expect(await readJsonBody(request('{"title":"T"}', {}), 100)).toEqual({
      ok: false,
      reason: 'not-json',
    })
    expect(
      await readJsonBody(
        request('{"a":1}', { 'content-type': 'application/json; charset=utf-8' }),
        100,
      ),
    ).toEqual({ ok: true, value: { a: 1 } })
  })

  it('refuses a body over the limit, whether declared or sent', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(200) })
    const declared = { 'content-type': 'application/json', 'content-length': '5000' }
    expect(await readJsonBody(request('{}', declared), 100)).toEqual({
      ok: false,
      reason: 'too-large',
    })
    expect(await readJsonBody(request(big), 100)).toEqual({ ok: false, reason: 'too-large' })
  })
})

describe('error bodies', () => {
  it('writes { error: { code, message } } with any code', () => {
    const { res, written } = response()
    sendError(res, 409, 'session-closed', 'The session is closed.')
    expect(written.status).toBe(409)
    expect(written.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(written.body)).toEqual({
      error: { code: 'session-closed', message: 'The session is closed.' },
    })
  })

  it('answers an unreadable body the same way on every endpoint', () => {
    const tooLarge = response()
    sendBodyProblem(tooLarge.res, 'too-large')
    expect(tooLarge.written.status).toBe(413)
    expect(JSON.parse(tooLarge.written.body).error.code).toBe('body-too-large')
    const notJson = response()
    sendBodyProblem(notJson.res, 'invalid-json')
    expect(notJson.written.status).toBe(400)
    expect(JSON.parse(notJson.written.body).error.code).toBe('invalid-json')
  })
})
