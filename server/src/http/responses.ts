import type { ServerResponse } from 'node:http'
import type { ApiError, ApiErrorCode } from '@reflectiebord/shared'

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  })
  res.end(text)
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
): void {
  const body: ApiError = { error: { code, message } }
  sendJson(res, status, body)
}
