import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  FACILITATOR_KEY_HEADER,
  isParticipantId,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  parseControlCommand,
  publicParticipantId,
} from '@reflectiebord/shared'
import type { ControlService } from '../control/ControlService.ts'
import type { SealedBoxes } from '../control/SealedBoxes.ts'
import type { SessionControl } from '../control/SessionControl.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { readJsonBody } from './readJsonBody.ts'
import { sendError, sendJson } from './responses.ts'

const MAX_BODY_BYTES = 8 * 1024
const CONTROL_PATH = /^\/api\/sessions\/([^/]+)\/control$/
const SEALED_PATH = /^\/api\/sessions\/([^/]+)\/sealed\/([A-Za-z0-9_:-]{1,64})$/

export interface ControlApiDeps {
  service: ControlService
  sealed: SealedBoxes
  control: SessionControl
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
  const sessionId = decodeURIComponent((control ?? sealed)?.[1] ?? '')
  // Checked before anything touches session control, so no room is made for a stranger's id.
  if (!isSessionId(sessionId) || !deps.sessions.get(sessionId)) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  const body = await readJsonBody(req, MAX_BODY_BYTES)
  if (!body.ok) {
    if (body.reason === 'too-large')
      sendError(res, 413, 'body-too-large', 'Request body too large.')
    else sendError(res, 400, 'invalid-json', 'The request body is not valid JSON.')
    return true
  }
  const participantId = header(req, PARTICIPANT_ID_HEADER)
  if (control) {
    const authorization = deps.service.authorize(sessionId, {
      facilitatorKey: header(req, FACILITATOR_KEY_HEADER),
      participantId,
    })
    if (!authorization.ok) {
      if (authorization.status === 404)
        sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
      else
        sendJson(res, authorization.status, {
          error: { code: authorization.code, message: authorization.message },
        })
      return true
    }
    const parsed = parseControlCommand(body.value)
    if (!parsed.ok) {
      sendJson(res, 400, { error: { code: parsed.code, message: parsed.message } })
      return true
    }
    const result = deps.service.execute(sessionId, parsed.command, authorization.actor)
    if (result.ok) sendJson(res, 200, { ok: true })
    else sendJson(res, result.status, { error: { code: result.code, message: result.message } })
    return true
  }

  const boxId = sealed?.[2] ?? ''
  // Only people who have been in the session may submit, and each counts once.
  const person =
    participantId && isParticipantId(participantId)
      ? deps.control
          .read(sessionId)
          .people.find((p) => p.publicId === publicParticipantId(participantId))
      : undefined
  if (!person) {
    sendError(res, 403, 'not-in-session', 'Join the session before you submit.')
    return true
  }
  if (deps.control.isClosed(sessionId)) {
    sendJson(res, 409, { error: { code: 'session-closed', message: 'The session is closed.' } })
    return true
  }
  const result = deps.sealed.submit(
    sessionId,
    boxId,
    person,
    (body.value as { value?: unknown } | null)?.value,
  )
  if (result.ok) sendJson(res, 200, { ok: true, count: result.count })
  else sendJson(res, result.status, { error: { code: result.code, message: result.message } })
  return true
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return typeof value === 'string' && value.length > 0 ? value : undefined
}
