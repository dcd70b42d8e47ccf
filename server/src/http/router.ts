import type { IncomingMessage, ServerResponse } from 'node:http'
import { isSessionId, YJS_PATH_PREFIX } from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { type AssetApiDeps, handleAssetApi } from './assetApi.ts'
import { type ControlApiDeps, handleControlApi } from './controlApi.ts'
import { handleRecordApi, type RecordApiDeps } from './recordApi.ts'
import { sendError, sendJson } from './responses.ts'
import { handleRetentionApi, type RetentionApiDeps } from './retentionApi.ts'
import { setSecurityHeaders } from './securityHeaders.ts'
import { handleSessionApi } from './sessionApi.ts'
import type { StaticFiles } from './staticFiles.ts'
import { handleTicketApi, type TicketApiDeps } from './ticketApi.ts'

/** A session's board, or its record page (`/s/:id/verslag`). */
const SESSION_PAGE = /^\/s\/([^/]+)(\/verslag)?\/?$/

export interface RequestHandlerDeps {
  sessions: SessionRegistry
  files: StaticFiles
  control: ControlApiDeps
  assets: AssetApiDeps
  tickets: TicketApiDeps
  record: RecordApiDeps
  retention: RetentionApiDeps
  /** Deletes a session and everything of it (see sessions/deleteSession.ts). */
  removeSession: (sessionId: string) => Promise<void>
  logger: Logger
}

export function createRequestHandler({
  sessions,
  files,
  control,
  assets,
  tickets,
  record,
  retention,
  removeSession,
  logger,
}: RequestHandlerDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      logger.error('http request failed', { path: req.url, error: String(err) })
      if (!res.headersSent) sendError(res, 500, 'not-found', 'Internal error.')
      else res.destroy()
    })
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res)
    const path = pathOf(req.url)
    if (path === undefined) {
      sendError(res, 400, 'not-found', 'Malformed URL.')
      return
    }
    if (path === '/api/health') {
      // Up or not, nothing more: how many rooms or people there are is nobody else's business.
      sendJson(res, 200, { ok: true })
      return
    }
    if (path.startsWith('/api/')) {
      // The route without the session id: an id is a credential and stays out of logs.
      logger.debug('api request', {
        method: req.method,
        route: path.replace(/^\/api\/sessions\/[^/]+/, '/api/sessions/:id'),
      })
      if (!isSafeMethod(req.method) && !isSameOrigin(req)) {
        sendError(res, 403, 'cross-origin', 'Requests from another site are refused.')
        return
      }
      const handled =
        (await handleAssetApi(req, res, path, assets)) ||
        (await handleControlApi(req, res, path, control)) ||
        (await handleTicketApi(req, res, path, tickets)) ||
        (await handleRecordApi(req, res, path, record)) ||
        (await handleRetentionApi(req, res, path, retention)) ||
        (await handleSessionApi(req, res, path, sessions, removeSession, retention.serverDays))
      if (!handled) {
        sendError(res, 404, 'not-found', 'No such API endpoint.')
      }
      return
    }
    if (path === YJS_PATH_PREFIX || path.startsWith(`${YJS_PATH_PREFIX}/`)) {
      res.writeHead(426, { 'content-type': 'text/plain; charset=utf-8', upgrade: 'websocket' })
      res.end('This address speaks the y-websocket protocol only.\n')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD')
      sendError(res, 405, 'method-not-allowed', 'Method not allowed.')
      return
    }
    const headOnly = req.method === 'HEAD'
    if (path === '/' || path === '/index.html') return files.serveApp(res, 200, headOnly)
    const session = SESSION_PAGE.exec(path)
    if (session) {
      const id = session[1] ?? ''
      // Unknown sessions still get the app (it explains in Dutch) but with an honest status.
      const known = isSessionId(id) && (await sessions.get(id)) !== undefined
      const record = session[2] !== undefined
      return files.serveApp(res, known ? 200 : 404, headOnly, known && !record ? 'board' : 'app')
    }
    if (files.serveFile(path, res, headOnly, req.headers['accept-encoding'])) return
    return files.serveApp(res, 404, headOnly)
  }
}

function isSafeMethod(method: string | undefined): boolean {
  return method === 'GET' || method === 'HEAD'
}

/**
 * A browser names the page's origin on every request that changes something; one from
 * another site is refused (with the JSON content type that readJsonBody requires, a plain
 * form cannot post here either). Tools that send no Origin, like curl, are not browsers.
 */
function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}

/** The URL's path, percent-decoded once here; routes below take it as it is. */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return undefined
  }
}
