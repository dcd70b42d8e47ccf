/**
 * Writes `dist/session.html`: the page the server sends for a session's link (`/s/<id>`), the
 * app's `index.html` with hints to fetch, from its first bytes on, what the board will need.
 *
 * Without them the board's chunk (most of the page's code) is asked for only once the app's
 * own script has run, and the browser still has to parse it after that. The start page and the
 * record keep the plain `index.html`: they do not open the board. (The notes' font was hinted
 * too once; it bought nothing measurable and cost an empty board 151 KiB: docs/benchmarks.md.)
 *
 * Reads Vite's manifest (`build.manifest`) and deletes it afterwards: it is for this script,
 * not for the web.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')
const manifestDir = resolve(dist, '.vite')

interface ManifestChunk {
  file: string
  imports?: string[]
  css?: string[]
  isEntry?: boolean
}

const manifest = JSON.parse(readFileSync(resolve(manifestDir, 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>

/** The board's module (see client/src/session/boardChunk.ts). */
const BOARD_MODULE = 'src/board/Board.tsx'

function entry(key: string): ManifestChunk {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`buildSessionPage: ${key} is not in Vite's manifest`)
  return chunk
}

/** A chunk and every chunk it imports statically, with their style sheets. */
function closure(key: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (at: string) => {
    const chunk = entry(at)
    if (scripts.has(chunk.file)) return
    scripts.add(chunk.file)
    for (const css of chunk.css ?? []) styles.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(key)
  return { scripts, styles }
}

/** What the board needs beyond what `index.html` loads anyway. */
function boardFiles(): { scripts: string[]; styles: string[] } {
  const page = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  const loaded = page.map(closure)
  const board = closure(BOARD_MODULE)
  const isLoaded = (kind: 'scripts' | 'styles', file: string) =>
    loaded.some((files) => files[kind].has(file))
  return {
    scripts: [...board.scripts].filter((file) => !isLoaded('scripts', file)),
    styles: [...board.styles].filter((file) => !isLoaded('styles', file)),
  }
}

const { scripts, styles } = boardFiles()
const hints = [
  ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`),
  ...styles.map((file) => `<link rel="preload" as="style" href="/${file}" />`),
]

const index = readFileSync(resolve(dist, 'index.html'), 'utf8')
if (!index.includes('</head>')) throw new Error('buildSessionPage: index.html has no </head>')
const page = index.replace('</head>', `  ${hints.join('\n    ')}\n  </head>`)
writeFileSync(resolve(dist, 'session.html'), page)
rmSync(manifestDir, { recursive: true, force: true })
console.log(`session page: ${scripts.length} script(s), ${styles.length} style sheet(s)`)
