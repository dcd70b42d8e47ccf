import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BOARD_RECORDS_MAP,
  type BoardRecord,
  type ExerciseRegistry,
  FACILITATOR_KEY_HEADER,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  type RecordLanguage,
  recordFileName,
  recordMarkdown,
  type SessionRecord,
  sessionRecord,
} from '@reflectiebord/shared'
import type { AssetStore } from '../assets/AssetStore.ts'
import type { DecodeSlots } from '../assets/DecodeSlots.ts'
import type { Authorization, ControlService } from '../control/ControlService.ts'
import type { Logger } from '../logger.ts'
import { loadRecordFonts } from '../record/recordFonts.ts'
import { writeRecordPdf } from '../record/recordPdf.ts'
import { RecordPictures } from '../record/recordPictures.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
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
  /** The built client, whose library pictures the PDF prints. */
  clientDist: string
  /** The session's uploaded photos, which the PDF prints. */
  assets: AssetStore
  /** PDFs made at once, and how many wait: each takes a core and some memory for a moment. */
  pdfSlots: DecodeSlots
  logger: Logger
}

/**
 * Who may read a session's record, in every form (`record.md`, `record.pdf`, `record.json`):
 * one decision for all of them. Today: facilitators (the key, or rights given).
 */
export function mayReadRecord(
  req: IncomingMessage,
  sessionId: string,
  deps: RecordApiDeps,
): Authorization {
  return deps.service.authorize(sessionId, {
    facilitatorKey: requestHeader(req, FACILITATOR_KEY_HEADER),
    participantId: requestHeader(req, PARTICIPANT_ID_HEADER),
  })
}

/**
 * `GET /api/sessions/:id/record.{md,pdf,json}?lang=nl|en`: the session record (verslag) as a
 * Markdown or PDF download named for the session and its day, or as structured content for
 * the record page. Made from session control and the board as they are now, at any moment of
 * the session.
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
  const id = match[1] ?? ''
  const format = match[2] as 'md' | 'pdf' | 'json'
  const row = isSessionId(id) ? deps.sessions.get(id) : undefined
  const session = row ? deps.live.get(id) : undefined
  if (!row || !session) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  const access = mayReadRecord(req, id, deps)
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
  const board = [...session.boardRoom().doc.getMap<BoardRecord>(BOARD_RECORDS_MAP).values()]
  const record = sessionRecord({
    language,
    session: { title: row.title, createdAt: row.createdAt },
    control: session.read(),
    board,
    exercises: deps.exercises,
  })
  if (format === 'json') sendJson(res, 200, record)
  else if (format === 'md') sendMarkdown(req, res, record)
  else await sendPdf(req, res, id, record, deps)
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
