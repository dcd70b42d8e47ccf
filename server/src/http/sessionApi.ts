import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  type ApiErrorCode,
  type CreatedSession,
  CreateSessionRequestSchema,
  checkRetentionDays,
  FACILITATOR_KEY_HEADER,
  isSessionId,
  type SessionInfo,
  type TextProblem,
  textProblemOf,
} from '@reflectiebord/shared'
import * as v from 'valibot'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { readJsonBody, sendBodyProblem } from './readJsonBody.ts'
import { sendError, sendJson } from './responses.ts'
import { retentionRefusal } from './retentionMessages.ts'

const MAX_BODY_BYTES = 4 * 1024

const titleMessages: Record<TextProblem, readonly [code: ApiErrorCode, message: string]> = {
  empty: ['title-empty', 'Geef de sessie een titel.'],
  'too-long': ['title-too-long', 'De titel is te lang.'],
  'control-characters': ['title-control-characters', 'De titel bevat ongeldige tekens.'],
}

/**
 * `POST /api/sessions`, `GET /api/sessions/:id` and `DELETE /api/sessions/:id`. Returns false
 * when the path is not ours. `retentionDays` is the server's period, the longest a new
 * session may ask to be kept.
 */
export async function handleSessionApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  sessions: SessionRegistry,
  remove: (sessionId: string) => Promise<void>,
  retentionDays: number,
): Promise<boolean> {
  if (path === '/api/sessions') {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST')
      sendError(res, 405, 'method-not-allowed', 'Use POST to create a session.')
      return true
    }
    await createSession(req, res, sessions, retentionDays)
    return true
  }
  const match = /^\/api\/sessions\/([^/]+)$/.exec(path)
  if (!match) return false
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE') {
    res.setHeader('allow', 'GET, DELETE')
    sendError(res, 405, 'method-not-allowed', 'Use GET to read a session, DELETE to remove it.')
    return true
  }
  const id = match[1] ?? ''
  const session = isSessionId(id) ? await sessions.get(id) : undefined
  if (!session) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  if (req.method === 'DELETE') {
    // Only the key holder: removing everyone's work is not a co-facilitator's call.
    const key = req.headers[FACILITATOR_KEY_HEADER]
    if (typeof key !== 'string' || !sessions.isFacilitatorKey(session, key)) {
      sendError(
        res,
        403,
        'wrong-key',
        'Alleen wie de begeleiderslink heeft, kan de sessie verwijderen.',
      )
      return true
    }
    await remove(session.id)
    res.writeHead(204)
    res.end()
    return true
  }
  const info: SessionInfo = { id: session.id, title: session.title, createdAt: session.createdAt }
  const key = req.headers[FACILITATOR_KEY_HEADER]
  if (typeof key === 'string' && key.length > 0) {
    if (!sessions.isFacilitatorKey(session, key)) {
      sendError(res, 403, 'wrong-key', 'Deze begeleiderslink klopt niet.')
      return true
    }
    sendJson(res, 200, { ...info, role: 'facilitator' })
    return true
  }
  sendJson(res, 200, info)
  return true
}

async function createSession(
  req: IncomingMessage,
  res: ServerResponse,
  sessions: SessionRegistry,
  serverDays: number,
) {
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    sendBodyProblem(res, body.reason)
    return
  }
  const request = v.safeParse(CreateSessionRequestSchema, body.value)
  if (!request.success) {
    const [code, message] = titleMessages[textProblemOf(request.issues)]
    sendError(res, 400, code, message)
    return
  }
  const retention = checkRetentionDays(request.output.retentionDays, serverDays)
  if (!retention.ok) {
    sendError(res, ...retentionRefusal(retention.problem, serverDays))
    return
  }
  const created: CreatedSession = await sessions.create(request.output.title, retention.days)
  res.setHeader('location', `/api/sessions/${created.id}`)
  sendJson(res, 201, created)
}
