import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BOARD_RECORDS_MAP,
  type BoardRecord,
  type ExerciseRegistry,
  FACILITATOR_KEY_HEADER,
  isParticipantId,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  publicParticipantId,
  type RecordLanguage,
  recordFileName,
  recordMarkdown,
  type SessionRecord,
  sessionRecord,
} from '@reflectiebord/shared'
import type { DecodeSlots } from '../assets/DecodeSlots.ts'
import type { ControlService } from '../control/ControlService.ts'
import type { Logger } from '../logger.ts'
import type { SessionRow, Store } from '../persistence/Store.ts'
import { RecordPictures } from '../record/recordPictures.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import type { Session } from '../sessions/Session.ts'
import type { SessionActivity } from '../sessions/SessionActivity.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { sessionRetention } from '../sessions/sessionRetention.ts'
import { requestHeader } from './requestHeader.ts'
import { sendError, sendJson } from './responses.ts'

const RECORD_PATH = /^\/api\/sessions\/([^/]+)\/record\.(md|pdf|json)$/
const LANGUAGES: readonly RecordLanguage[] = ['nl', 'en']
/** Pictures one PDF prints; past this, the rest appear by their description. */
const MAX_PDF_PICTURES = 120

export interface RecordApiDeps {
  sessions: SessionRegistry
  live: LiveSessions
  service: ControlService
  exercises: ExerciseRegistry
  activity: SessionActivity
  /** The server's retention period, in days (`RETENTION_DAYS`). */
  serverDays: number
  /** The built client, whose library pictures the PDF prints. */
  clientDist: string
  /** The session's uploaded photos, which the PDF prints. */
  assets: Pick<Store, 'readAsset'>
  /** PDFs made at once, and how many wait: each takes a core and some memory for a moment. */
  pdfSlots: DecodeSlots
  logger: Logger
}

/** Who may read a session's record, with what they read it from; or why not. */
export type RecordAccess =
  | { ok: true; row: SessionRow; session: Session; reader: 'facilitator' | 'participant' }
  | { ok: false; status: number; code: string; message: string }

/**
 * Whether this request may read the session's record (verslag), in every form (`record.md`,
 * `record.pdf`, and `record.json` for the record page): the one place that decides it. Facilitators may (the key, or rights
 * given, as for commands). A participant may when a facilitator has allowed it
 * (`record.allowParticipants`) and the participant id in `x-participant-id` is of someone who
 * has been in the session; otherwise 403 `record-not-shared`, or `not-in-session` for an id
 * the session does not know. A wrong facilitator key is refused, never read as a participant.
 */
export async function mayReadRecord(
  req: IncomingMessage,
  sessionId: string,
  deps: Pick<RecordApiDeps, 'sessions' | 'live' | 'service'>,
): Promise<RecordAccess> {
  const row = isSessionId(sessionId) ? await deps.sessions.get(sessionId) : undefined
  const session = row ? await deps.live.get(sessionId) : undefined
  if (!row || !session) {
    return {
      ok: false,
      status: 404,
      code: 'session-not-found',
      message: 'Deze sessie bestaat niet.',
    }
  }
  const facilitatorKey = requestHeader(req, FACILITATOR_KEY_HEADER)
  const participantId = requestHeader(req, PARTICIPANT_ID_HEADER)
  const control = session.read()
  const publicId =
    participantId && isParticipantId(participantId) ? publicParticipantId(participantId) : null
  const known = publicId !== null && control.people.some((p) => p.publicId === publicId)
  if (facilitatorKey === undefined && !known) {
    return {
      ok: false,
      status: 403,
      code: 'not-in-session',
      message: 'Alleen wie in de sessie was, kan het verslag lezen.',
    }
  }
  if (facilitatorKey === undefined && control.settings.participantsMayReadRecord) {
    return { ok: true, row, session, reader: 'participant' }
  }
  const authorization = await deps.service.authorize(sessionId, { facilitatorKey, participantId })
  if (authorization.ok) return { ok: true, row, session, reader: 'facilitator' }
  if (facilitatorKey === undefined && authorization.status === 403) {
    return {
      ok: false,
      status: 403,
      code: 'record-not-shared',
      message: 'De begeleider heeft het verslag (nog) niet gedeeld met de deelnemers.',
    }
  }
  return { ok: false, ...refusal(authorization) }
}

function refusal(authorization: { status: number; code: string; message: string }) {
  return authorization.status === 404
    ? { status: 404, code: 'session-not-found', message: 'Deze sessie bestaat niet.' }
    : { status: authorization.status, code: authorization.code, message: authorization.message }
}

/**
 * The session record as it is now, with its date, duration and until when it is kept: what
 * every form of the record is made from.
 */
export async function recordOf(
  access: Extract<RecordAccess, { ok: true }>,
  language: RecordLanguage,
  deps: Pick<RecordApiDeps, 'exercises' | 'activity' | 'serverDays'>,
  now = Date.now(),
): Promise<SessionRecord> {
  const { row, session } = access
  // Session control stays in memory while the board loads.
  const boardRoom = await session.hold(() => session.boardRoom())
  const board = [...boardRoom.doc.getMap<BoardRecord>(BOARD_RECORDS_MAP).values()]
  boardRoom.keepAliveBriefly()
  const retention = sessionRetention(row, deps.activity, deps.serverDays)
  await session.load()
  return sessionRecord({
    language,
    session: { title: row.title, createdAt: row.createdAt },
    control: session.read(),
    board,
    exercises: deps.exercises,
    meeting: deps.activity.meeting(row, now),
    retention: { keptUntil: retention.keptUntil, days: retention.days },
  })
}

/**
 * `GET /api/sessions/:id/record.{md,pdf,json}?lang=nl|en`: the session record (verslag) as a
 * Markdown or PDF download named for the session and its day, or as structured content for
 * the record page, for whoever `mayReadRecord` admits. Made from session control and the
 * board as they are now, at any moment of the session.
 */
export async function handleRecordApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: RecordApiDeps,
): Promise<boolean> {
  const match = RECORD_PATH.exec(path)
  if (!match) return false
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD')
    sendError(res, 405, 'method-not-allowed', 'Use GET.')
    return true
  }
  const format = match[2] as 'md' | 'pdf' | 'json'
  const access = await mayReadRecord(req, match[1] ?? '', deps)
  if (!access.ok) {
    sendError(res, access.status, access.code, access.message)
    return true
  }
  const lang = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') ?? 'nl'
  const language = LANGUAGES.find((known) => known === lang)
  if (!language) {
    sendError(res, 400, 'invalid-lang', 'lang must be nl or en.')
    return true
  }
  const record = await recordOf(access, language, deps)
  if (format === 'json') sendJson(res, 200, record)
  else if (format === 'md') sendMarkdown(req, res, record)
  else await sendPdf(req, res, access.row.id, record, deps)
  return true
}

function sendMarkdown(req: IncomingMessage, res: ServerResponse, record: SessionRecord): void {
  const markdown = recordMarkdown(record)
  res.writeHead(200, {
    'content-type': 'text/markdown; charset=utf-8',
    'content-length': Buffer.byteLength(markdown),
    ...downloadHeaders(recordFileName(record, 'md')),
  })
  res.end(req.method === 'HEAD' ? undefined : markdown)
}

/** Streams the PDF as it is made; a full queue is told to come back (503 `busy`). */
async function sendPdf(
  req: IncomingMessage,
  res: ServerResponse,
  sessionId: string,
  record: SessionRecord,
  deps: RecordApiDeps,
): Promise<void> {
  // PDFKit and fontkit weigh ~30 MiB once loaded: a server that never makes a PDF does not
  // carry them.
  const [{ loadRecordFonts }, { writeRecordPdf }] = await Promise.all([
    import('../record/recordFonts.ts'),
    import('../record/recordPdf.ts'),
  ])
  // Before the answer starts: fonts that cannot be read are a plain 500, not a cut-off file.
  await loadRecordFonts()
  const pictures = new RecordPictures({
    clientDist: deps.clientDist,
    assets: deps.assets,
    sessionId,
  })
  const ran = await deps.pdfSlots.run(async () => {
    res.writeHead(200, {
      'content-type': 'application/pdf',
      ...downloadHeaders(recordFileName(record, 'pdf')),
    })
    if (req.method === 'HEAD') {
      res.end()
      return true
    }
    try {
      await writeRecordPdf(record, res, {
        picture: (src) => pictures.load(src),
        maxPictures: MAX_PDF_PICTURES,
      })
    } catch (err) {
      // Half a PDF has gone out: the reader must see a failed download, not a short file.
      deps.logger.error('record pdf failed', { error: String(err) })
      res.destroy()
    }
    return true
  })
  if (!ran) {
    sendError(
      res,
      503,
      'busy',
      'Er worden nu veel verslagen gemaakt. Probeer het zo meteen opnieuw.',
    )
  }
}

function downloadHeaders(fileName: string): Record<string, string> {
  return {
    // A record of a session that touches families: never kept by a cache on the way.
    'cache-control': 'no-store',
    // The ASCII fallback drops what a plain header cannot carry; browsers use the UTF-8 name.
    'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  }
}
