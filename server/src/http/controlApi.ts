import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  FACILITATOR_KEY_HEADER,
  isParticipantId,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  publicParticipantId,
} from '@reflectiebord/shared'
import type { ControlService } from '../control/ControlService.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { readJsonBody, sendBodyProblem } from './readJsonBody.ts'
import { requestHeader } from './requestHeader.ts'
import { sendError, sendJson } from './responses.ts'

const MAX_BODY_BYTES = 8 * 1024
const CONTROL_PATH = /^\/api\/sessions\/([^/]+)\/control$/
const SEALED_PATH = /^\/api\/sessions\/([^/]+)\/sealed\/([A-Za-z0-9_:-]{1,64})$/

export interface ControlApiDeps {
  service: ControlService
  live: LiveSessions
  sessions: SessionRegistry
}

/**
 * `GET /api/time`, `POST /api/sessions/:id/control` (facilitator commands) and
 * `POST /api/sessions/:id/sealed/:boxId` (a hidden submission). False when not ours.
 */
export async function handleControlApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: ControlApiDeps,
): Promise<boolean> {
  if (path === '/api/time') {
    // The timer's clock: clients estimate their offset to it from a few round trips.
    sendJson(res, 200, { now: Date.now() })
    return true
  }
  const control = CONTROL_PATH.exec(path)
  const sealed = SEALED_PATH.exec(path)
  if (!control && !sealed) return false
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST')
    sendError(res, 405, 'method-not-allowed', 'Use POST.')
    return true
  }
  const sessionId = (control ?? sealed)?.[1] ?? ''
  // Checked before anything touches session control, so no room is made for a stranger's id.
  if (!isSessionId(sessionId) || !(await deps.sessions.get(sessionId))) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    sendBodyProblem(res, body.reason)
    return true
  }
  const participantId = requestHeader(req, PARTICIPANT_ID_HEADER)
  if (control) {
    const authorization = await deps.service.authorize(sessionId, {
      facilitatorKey: requestHeader(req, FACILITATOR_KEY_HEADER),
      participantId,
    })
    if (!authorization.ok) {
      if (authorization.status === 404)
        sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
      else sendError(res, authorization.status, authorization.code, authorization.message)
      return true
    }
    const parsed = deps.service.parse(body.value)
    if (!parsed.ok) {
      sendError(res, 400, parsed.code, parsed.message)
      return true
    }
    const result = await deps.service.execute(sessionId, parsed.command, authorization.actor)
    if (result.ok) sendJson(res, 200, { ok: true })
    else sendError(res, result.status, result.code, result.message)
    return true
  }

  const boxId = sealed?.[2] ?? ''
  // Asked again after the body was read: the session may have been deleted meanwhile.
  const session = await deps.live.get(sessionId)
  if (!session) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  // Only people connected to the session now (admitted under its cap) may submit.
  const publicId =
    participantId && isParticipantId(participantId) ? publicParticipantId(participantId) : null
  const person =
    publicId && session.presence.isOnline(publicId)
      ? session.read().people.find((p) => p.publicId === publicId)
      : undefined
  if (!person) {
    sendError(res, 403, 'not-in-session', 'Join the session before you submit.')
    return true
  }
  if (session.isClosed()) {
    sendError(res, 409, 'session-closed', 'The session is closed.')
    return true
  }
  const result = await session.sealed.submit(
    boxId,
    person,
    (body.value as { value?: unknown } | null)?.value,
  )
  if (result.ok) sendJson(res, 200, { ok: true, count: result.count })
  else sendError(res, result.status, result.code, result.message)
  return true
}
