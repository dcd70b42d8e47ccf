import { createReadStream, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/** Smallest first: brotli, then gzip, as `client/scripts/compressDist.ts` writes them. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

/** Whether an Accept-Encoding header allows `name` (present and not `;q=0`). */
export function accepts(header: string | undefined, name: string): boolean {
  if (!header) return false
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (token !== name) return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * Which page of the single-page app to send: the app's own, or the one for a session's board,
 * which also tells the browser to fetch the board's code at once (written at build
 * time by client/scripts/buildSessionPage.ts; without it, the app's own page does).
 */
export type AppPage = 'app' | 'board'

const PAGE_FILES: Record<AppPage, readonly string[]> = {
  app: ['index.html'],
  board: ['session.html', 'index.html'],
}

/** Serves the built client: hashed assets for a year, the page itself never cached. */
export class StaticFiles {
  private readonly root: string
  private readonly licenseKey: string | undefined
  private readonly pages = new Map<AppPage, string>()

  constructor(root: string, licenseKey: string | undefined) {
    this.root = normalize(root)
    this.licenseKey = licenseKey
  }

  /**
   * Sends a file under the root if there is one at `path`; false when there is none. A
   * compressed copy made at build time (`.br`, `.gz`) goes to a browser that accepts it.
   */
  serveFile(
    path: string,
    res: ServerResponse,
    headOnly: boolean,
    acceptEncoding: string | undefined,
  ): boolean {
    const file = this.resolve(path)
    if (!file || !isFile(file)) return false
    const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
    const encoding = ENCODINGS.find(
      ({ name, suffix }) => accepts(acceptEncoding, name) && isFile(file + suffix),
    )
    const sent = encoding ? file + encoding.suffix : file
    res.writeHead(200, {
      'content-type': type,
      'content-length': statSync(sent).size,
      'cache-control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      // Caches in between must keep the copies for different browsers apart.
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding.name } : {}),
    })
    if (headOnly) res.end()
    else createReadStream(sent).pipe(res)
    return true
  }

  /** Sends the single-page app with the given status (404 lets the app show its own page). */
  async serveApp(
    res: ServerResponse,
    status: number,
    headOnly: boolean,
    page: AppPage = 'app',
  ): Promise<void> {
    const html = await this.loadPage(page)
    if (html === undefined) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('The client is not built yet: run "pnpm run build".\n')
      return
    }
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'cache-control': 'no-cache',
    })
    res.end(headOnly ? undefined : html)
  }

  private async loadPage(page: AppPage): Promise<string | undefined> {
    const known = this.pages.get(page)
    if (known !== undefined) return known
    let html: string | undefined
    for (const file of PAGE_FILES[page]) {
      html = await readFile(join(this.root, file), 'utf8').catch(() => undefined)
      if (html !== undefined) break
    }
    if (html === undefined) return undefined
    if (this.licenseKey) {
      // A meta tag rather than an inline script: the CSP allows no inline scripts.
      const meta = `<meta name="tldraw-license-key" content="${escapeAttribute(this.licenseKey)}" />`
      html = html.replace('</head>', `    ${meta}\n  </head>`)
    }
    this.pages.set(page, html)
    return html
  }

  private resolve(path: string): string | undefined {
    if (path.includes('\0') || path.includes('\\')) return undefined
    const file = normalize(join(this.root, path))
    // `normalize` folds "..": whatever is left must still be inside the root.
    if (file !== this.root && !file.startsWith(this.root + sep)) return undefined
    return file
  }
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
