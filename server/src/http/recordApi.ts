import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BOARD_RECORDS_MAP,
  type BoardRecord,
  type ExerciseRegistry,
  FACILITATOR_KEY_HEADER,
  isSessionId,
  PARTICIPANT_ID_HEADER,
  type RecordLanguage,
  recordMarkdown,
  sessionRecord,
} from '@reflectiebord/shared'
import type { ControlService } from '../control/ControlService.ts'
import type { LiveSessions } from '../sessions/LiveSessions.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { requestHeader } from './requestHeader.ts'
import { sendError } from './responses.ts'

const RECORD_PATH = /^\/api\/sessions\/([^/]+)\/record\.md$/

export interface RecordApiDeps {
  sessions: SessionRegistry
  live: LiveSessions
  service: ControlService
  exercises: ExerciseRegistry
}

/**
 * `GET /api/sessions/:id/record.md?lang=nl|en`: the session record (verslag) as Markdown, for
 * facilitators (the key, or rights given), as a download named for the session and its day.
 * Made from session control and the board as they are now, at any moment of the session.
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
    res.setHeader('allow', 'GET')
    sendError(res, 405, 'method-not-allowed', 'Use GET.')
    return true
  }
  const id = match[1] ?? ''
  const row = isSessionId(id) ? deps.sessions.get(id) : undefined
  const session = row ? deps.live.get(id) : undefined
  if (!row || !session) {
    sendError(res, 404, 'session-not-found', 'Deze sessie bestaat niet.')
    return true
  }
  const authorization = deps.service.authorize(id, {
    facilitatorKey: requestHeader(req, FACILITATOR_KEY_HEADER),
    participantId: requestHeader(req, PARTICIPANT_ID_HEADER),
  })
  if (!authorization.ok) {
    sendError(res, authorization.status, authorization.code, authorization.message)
    return true
  }
  const language: RecordLanguage =
    new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang') === 'en' ? 'en' : 'nl'
  const board = [...session.boardRoom().doc.getMap<BoardRecord>(BOARD_RECORDS_MAP).values()]
  const record = sessionRecord({
    language,
    session: { title: row.title, createdAt: row.createdAt },
    control: session.read(),
    board,
    exercises: deps.exercises,
  })
  const markdown = recordMarkdown(record)
  const fileName = `${language === 'nl' ? 'Verslag' : 'Record'} ${row.title} ${record.date}.md`
  res.writeHead(200, {
    'content-type': 'text/markdown; charset=utf-8',
    'content-length': Buffer.byteLength(markdown),
    // A record of a session that touches families: never kept by a cache on the way.
    'cache-control': 'no-store',
    // The ASCII fallback drops what a plain header cannot carry; browsers use the UTF-8 name.
    'content-disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  })
  res.end(req.method === 'HEAD' ? undefined : markdown)
  return true
}
