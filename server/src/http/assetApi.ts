import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  isParticipantId,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  publicParticipantId,
} from '@reflectiebord/shared'
import type { DecodeSlots } from '../assets/DecodeSlots.ts'
import { type IntakeProblem, takeInImage } from '../assets/imageIntake.ts'
import type { Logger } from '../logger.ts'
import type { Store } from '../persistence/Store.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { sendError, sendJson } from './responses.ts'

const UPLOAD_PATH = /^\/api\/sessions\/([^/]+)\/assets$/
const ASSET_PATH = /^\/api\/sessions\/([^/]+)\/assets\/([^/]+)$/

export interface AssetApiDeps {
  assets: Pick<Store, 'putAsset' | 'readAsset' | 'deleteSession'>
  sessions: SessionRegistry
  live: LiveSessions
  maxUploadBytes: number
  /** How many pictures are decoded at once, and how many wait (see DecodeSlots). */
  decodeSlots: DecodeSlots
  logger: Logger
}

/** What people see when a picture is refused: Dutch first, as the page shows it. */
const problems: Record<IntakeProblem | 'too-large' | 'busy', { status: number; message: string }> =
  {
    empty: { status: 400, message: 'Dit bestand is leeg.' },
    'not-an-image': {
      status: 400,
      message: 'Dit bestand is geen foto of afbeelding die we kunnen lezen.',
    },
    'unsupported-format': {
      status: 415,
      message:
        'Dit soort afbeelding kunnen we niet gebruiken. Kies een JPEG-, PNG- of WebP-bestand.',
    },
    'too-many-pixels': { status: 400, message: 'Deze afbeelding is te groot (te veel pixels).' },
    corrupt: { status: 400, message: 'Deze afbeelding is beschadigd of onvolledig.' },
    'too-large': { status: 413, message: 'Dit bestand is te groot.' },
    busy: {
      status: 503,
      message: 'Er worden nu veel foto’s tegelijk verwerkt. Probeer het zo meteen opnieuw.',
    },
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
  if (!isSessionId(sessionId) || !(await deps.sessions.get(sessionId))) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  if (asset) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'method-not-allowed', 'Use GET.')
      return true
    }
    const picture = await deps.assets.readAsset(sessionId, asset[2] ?? '')
    if (!picture) {
      sendError(res, 404, 'not-found', 'Geen afbeelding.')
      return true
    }
    res.writeHead(200, {
      'content-type': 'image/webp',
      'cache-control': 'private, max-age=31536000, immutable',
      // Nothing in a picture may run or load anything, whatever a browser thinks it is.
      'content-security-policy': "default-src 'none'; sandbox",
      'content-disposition': 'inline',
      'content-length': picture.byteLength,
    })
    res.end(req.method === 'HEAD' ? undefined : picture)
    return true
  }

  if (req.method !== 'POST') {
    sendError(res, 405, 'method-not-allowed', 'Use POST.')
    return true
  }
  const pid = req.headers[PARTICIPANT_ID_HEADER]
  const member =
    typeof pid === 'string' &&
    isParticipantId(pid) &&
    (await deps.live.get(sessionId))
      ?.read()
      .people.some((p) => p.publicId === publicParticipantId(pid))
  if (!member) {
    req.resume()
    sendError(res, 403, 'not-in-session', 'Kom eerst in de sessie.')
    return true
  }
  const body = await readLimited(req, deps.maxUploadBytes)
  if (!body) {
    refuse(res, 'too-large')
    return true
  }
  const result = await deps.decodeSlots.run(() => takeInImage(body))
  if (!result) {
    refuse(res, 'busy')
    return true
  }
  if (!result.ok) {
    deps.logger.info('refused an upload', { session: sessionId, problem: result.problem })
    refuse(res, result.problem)
    return true
  }
  const name = await deps.assets.putAsset(sessionId, result.data)
  // Deleted while this upload was read, decoded or written: whatever it left goes too.
  if (!(await deps.sessions.get(sessionId))) {
    await deps.assets.deleteSession(sessionId)
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  sendJson(res, 201, {
    src: `/api/sessions/${sessionId}/assets/${name}`,
    width: result.width,
    height: result.height,
  })
  return true
}

function refuse(res: ServerResponse, problem: IntakeProblem | 'too-large' | 'busy'): void {
  const { status, message } = problems[problem]
  sendError(res, status, problem, message)
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
