import type { IncomingMessage, ServerResponse } from 'node:http'
import * as v from 'valibot'
import { sendError } from './responses.ts'

export type BodyProblem = 'too-large' | 'invalid-json' | 'not-json'

export type BodyResult = { ok: true; value: unknown } | { ok: false; reason: BodyProblem }

const JsonSchema = v.pipe(v.string(), v.parseJson())

/**
 * Reads a small JSON body, refusing more than `limit` bytes without buffering the rest. The
 * body must say it is JSON: a form on another site cannot send that without the browser
 * asking this server first (which it never allows).
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/json') {
    req.resume()
    return { ok: false, reason: 'not-json' }
  }
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) return { ok: false, reason: 'too-large' }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return { ok: false, reason: 'too-large' }
    chunks.push(chunk)
  }
  const json = v.safeParse(JsonSchema, Buffer.concat(chunks).toString('utf8'))
  return json.success ? { ok: true, value: json.output } : { ok: false, reason: 'invalid-json' }
}

/** The answer to a body that could not be read: the same on every endpoint. */
export function sendBodyProblem(res: ServerResponse, reason: BodyProblem): void {
  if (reason === 'too-large') sendError(res, 413, 'body-too-large', 'Request body too large.')
  else if (reason === 'not-json')
    sendError(res, 415, 'not-json', 'Send the body as JSON (content-type: application/json).')
  else sendError(res, 400, 'invalid-json', 'The request body is not valid JSON.')
}
