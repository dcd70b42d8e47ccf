import type { IncomingMessage } from 'node:http'

/** A request header given once and not empty; undefined otherwise (absent, blank or repeated). */
export function requestHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return typeof value === 'string' && value.length > 0 ? value : undefined
}
