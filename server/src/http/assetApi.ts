import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  isParticipantId,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  publicParticipantId,
} from '@reflectiebord/shared'
import type { AssetStore } from '../assets/AssetStore.ts'
import { type IntakeProblem, takeInImage } from '../assets/imageIntake.ts'
import type { SessionControl } from '../control/SessionControl.ts'
import type { Logger } from '../logger.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { sendJson } from './responses.ts'

const UPLOAD_PATH = /^\/api\/sessions\/([^/]+)\/assets$/
const ASSET_PATH = /^\/api\/sessions\/([^/]+)\/assets\/([^/]+)$/

export interface AssetApiDeps {
  assets: AssetStore
  sessions: SessionRegistry
  control: SessionControl
  maxUploadBytes: number
  logger: Logger
}

/** What people see when a picture is refused: Dutch first, as the page shows it. */
const problems: Record<IntakeProblem | 'too-large', { status: number; message: string }> = {
  empty: { status: 400, message: 'Dit bestand is leeg.' },
  'not-an-image': {
    status: 400,
    message: 'Dit bestand is geen foto of afbeelding die we kunnen lezen.',
  },
  'unsupported-format': {
    status: 415,
    message: 'Dit soort afbeelding kunnen we niet gebruiken. Kies een JPEG-, PNG- of WebP-bestand.',
  },
  'too-many-pixels': { status: 400, message: 'Deze afbeelding is te groot (te veel pixels).' },
  corrupt: { status: 400, message: 'Deze afbeelding is beschadigd of onvolledig.' },
  'too-large': { status: 413, message: 'Dit bestand is te groot.' },
}

/**
 * `POST /api/sessions/:id/assets` (raw image bytes, by someone who has been in the session)
 * and `GET /api/sessions/:id/assets/<sha256>.webp`. The session id in the URL is what lets a
 * browser's <img> load a picture, so only people with the participant link can.
 */
export async function handleAssetApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: AssetApiDeps,
): Promise<boolean> {
  const upload = UPLOAD_PATH.exec(path)
  const asset = ASSET_PATH.exec(path)
  if (!upload && !asset) return false
  const sessionId = (upload ?? asset)?.[1] ?? ''
  if (!isSessionId(sessionId) || !deps.sessions.get(sessionId)) {
    sendJson(res, 404, {
      error: { code: 'session-not-found', message: 'Deze sessie bestaat niet.' },
    })
    return true
  }
  if (asset) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: { code: 'method-not-allowed', message: 'Use GET.' } })
      return true
    }
    const file = await deps.assets.path(sessionId, asset[2] ?? '')
    if (!file) {
      sendJson(res, 404, { error: { code: 'not-found', message: 'Geen afbeelding.' } })
      return true
    }
    res.writeHead(200, {
      'content-type': 'image/webp',
      'cache-control': 'private, max-age=31536000, immutable',
      // Nothing in a picture may run or load anything, whatever a browser thinks it is.
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline',
    })
    if (req.method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
    return true
  }

  if (req.method !== 'POST') {
    sendJson(res, 405, { error: { code: 'method-not-allowed', message: 'Use POST.' } })
    return true
  }
  const pid = req.headers[PARTICIPANT_ID_HEADER]
  const member =
    typeof pid === 'string' &&
    isParticipantId(pid) &&
    deps.control.read(sessionId).people.some((p) => p.publicId === publicParticipantId(pid))
  if (!member) {
    req.resume()
    sendJson(res, 403, { error: { code: 'not-in-session', message: 'Kom eerst in de sessie.' } })
    return true
  }
  const body = await readLimited(req, deps.maxUploadBytes)
  if (!body) {
    refuse(res, 'too-large')
    return true
  }
  const result = await takeInImage(body)
  if (!result.ok) {
    deps.logger.info('refused an upload', { session: sessionId, problem: result.problem })
    refuse(res, result.problem)
    return true
  }
  const name = await deps.assets.put(sessionId, result.data)
  sendJson(res, 201, {
    src: `/api/sessions/${sessionId}/assets/${name}`,
    width: result.width,
    height: result.height,
  })
  return true
}

function refuse(res: ServerResponse, problem: IntakeProblem | 'too-large'): void {
  const { status, message } = problems[problem]
  sendJson(res, status, { error: { code: problem, message } })
}

/** The whole body, or undefined as soon as it passes `limit` (the rest is not buffered). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return undefined
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) {
      req.resume()
      return undefined
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
