import type { IncomingMessage, ServerResponse } from 'node:http'
import { isSessionId, YJS_PATH_PREFIX } from '@reflectiebord/shared'
import type { Logger } from '../logger.ts'
import type { SessionRegistry } from '../sessions/SessionRegistry.ts'
import { type AssetApiDeps, handleAssetApi } from './assetApi.ts'
import { type ControlApiDeps, handleControlApi } from './controlApi.ts'
import { sendError, sendJson } from './responses.ts'
import { setSecurityHeaders } from './securityHeaders.ts'
import { handleSessionApi } from './sessionApi.ts'
import type { StaticFiles } from './staticFiles.ts'

const SESSION_PAGE = /^\/s\/([^/]+)\/?$/

/** Every plain HTTP request: the JSON API, then the built client. */
export interface HealthStats {
  rooms: number
  connections: number
}

export interface RequestHandlerDeps {
  sessions: SessionRegistry
  files: StaticFiles
  stats: () => HealthStats
  control: ControlApiDeps
  assets: AssetApiDeps
  /** Deletes a session and everything of it (see sessions/deleteSession.ts). */
  removeSession: (sessionId: string) => Promise<void>
  logger: Logger
}

export function createRequestHandler({
  sessions,
  files,
  stats,
  control,
  assets,
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
      sendJson(res, 200, { ok: true, ...stats() })
      return
    }
    if (path.startsWith('/api/')) {
      const handled =
        (await handleAssetApi(req, res, path, assets)) ||
        (await handleControlApi(req, res, path, control)) ||
        (await handleSessionApi(req, res, path, sessions, removeSession))
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
      const known = isSessionId(id) && sessions.get(id) !== undefined
      return files.serveApp(res, known ? 200 : 404, headOnly)
    }
    if (files.serveFile(path, res, headOnly)) return
    return files.serveApp(res, 404, headOnly)
  }
}

function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return undefined
  }
}
