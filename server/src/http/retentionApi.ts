import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  checkRetentionDays,
  FACILITATOR_KEY_HEADER,
  isSessionId,
  type ServerRetention,
} from '@reflectiebord/shared'
import type { SessionActivity } from '../sessions/SessionActivity.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { sessionRetention } from '../sessions/sessionRetention.ts'
import { readJsonBody, sendBodyProblem } from './readJsonBody.ts'
import { requestHeader } from './requestHeader.ts'
import { sendError, sendJson } from './responses.ts'
import { retentionRefusal } from './retentionMessages.ts'

const MAX_BODY_BYTES = 1024
const SESSION_RETENTION_PATH = /^\/api\/sessions\/([^/]+)\/retention$/

export interface RetentionApiDeps {
  sessions: SessionRegistry
  activity: SessionActivity
  /** The server's period (`RETENTION_DAYS`): the default and the longest anyone may choose. */
  serverDays: number
}

/**
 * `GET /api/retention`: the server's period, for the create form. `GET
 * /api/sessions/:id/retention`: how long a session is kept (anyone with the link may know how
 * long what they write stays). `PUT /api/sessions/:id/retention` with `{ days }` (a number of
 * days up to the server's, or null for the server's): only the key holder, as for deleting,
 * since a shorter period deletes everyone's work sooner. False when the path is not ours.
 */
export async function handleRetentionApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: RetentionApiDeps,
): Promise<boolean> {
  if (path === '/api/retention') {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET')
      sendError(res, 405, 'method-not-allowed', 'Use GET.')
      return true
    }
    const body: ServerRetention = { days: deps.serverDays }
    sendJson(res, 200, body)
    return true
  }
  const match = SESSION_RETENTION_PATH.exec(path)
  if (!match) return false
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'PUT') {
    res.setHeader('allow', 'GET, PUT')
    sendError(res, 405, 'method-not-allowed', 'Use GET to read, PUT to change.')
    return true
  }
  const id = match[1] ?? ''
  const row = isSessionId(id) ? await deps.sessions.get(id) : undefined
  if (!row) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  if (req.method !== 'PUT') {
    sendJson(res, 200, sessionRetention(row, deps.activity, deps.serverDays))
    return true
  }
  const key = requestHeader(req, FACILITATOR_KEY_HEADER)
  if (key === undefined || !deps.sessions.isFacilitatorKey(row, key)) {
    sendError(
      res,
      403,
      'wrong-key',
      'Alleen wie de begeleiderslink heeft, kan de bewaartermijn wijzigen.',
    )
    return true
  }
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    sendBodyProblem(res, body.reason)
    return true
  }
  const requested =
    typeof body.value === 'object' && body.value !== null && 'days' in body.value
      ? body.value.days
      : Number.NaN
  const check = checkRetentionDays(requested, deps.serverDays)
  if (!check.ok) {
    sendError(res, ...retentionRefusal(check.problem, deps.serverDays))
    return true
  }
  // Asked again after the body was read: the session may have been deleted meanwhile.
  if (!(await deps.sessions.get(id))) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  await deps.sessions.setRetentionDays(id, check.days)
  // Choosing how long to keep it is something a facilitator does in the session.
  deps.activity.touch(id)
  const changed = await deps.sessions.get(id)
  if (!changed) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  sendJson(res, 200, sessionRetention(changed, deps.activity, deps.serverDays))
  return true
}
