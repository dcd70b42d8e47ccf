import type { ServerResponse } from 'node:http'
import type { ApiError } from '@reflectiebord/shared'

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

/**
 * Writes every error body the server sends: `{ error: { code, message } }` (`ApiError`).
 * Any string is a code, so commands and uploads can bring their own; the session API's are
 * listed in `ApiErrorCode`.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  const body: ApiError<string> = { error: { code, message } }
  sendJson(res, status, body)
}
