import type { ServerResponse } from 'node:http'

/**
 * The page may talk to its own origin only. This is the guarantee behind "no third-party
 * requests": even an embed or a pasted link cannot make the browser reach another host.
 * tldraw needs inline styles, and data:/blob: URLs for images it draws and exports.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** On every response: files, pictures and JSON too (an SVG opened on its own is a page). */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY)
  res.setHeader('x-content-type-options', 'nosniff')
  // Session links carry secrets in the path or fragment; never hand them to another site.
  res.setHeader('referrer-policy', 'no-referrer')
  res.setHeader('x-frame-options', 'DENY')
  res.setHeader('cross-origin-opener-policy', 'same-origin')
  res.setHeader('cross-origin-resource-policy', 'same-origin')
  res.setHeader(
    'permissions-policy',
    'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  )
}
