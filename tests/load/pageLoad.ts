/**
 * The page as a participant gets it, in Chromium: bytes over the wire for a first visit (a
 * fresh browser, from the link to a connected board), counted on the socket; and how a board
 * of 2,000 notes opens against an empty board, both measured in this one run: its first paint
 * (the page's own performance mark) and the moment every shape is in the store. Prints
 * figures, never passes or fails. Target: 127.0.0.1 only; every wait is bounded.
 *
 *   node tests/load/pageLoad.ts [--shapes=2000] [--runs=3] [--text=1] [--dist=client/dist]
 *                               [--against=DIR] [--timeline] [--trace=DIR]
 *
 * `--text=0`: empty notes (tldraw draws those without their text); `--dist`: another build of
 * the client to serve, to compare two builds with the same script; `--against=DIR`: a second
 * build served beside it (its own server and boards), the two taking turns, opening by
 * opening, and their first paints printed as a ratio. `--timeline`: also prints,
 * for the last opening of each board, when each request and paint happened (where the time to
 * the first paint goes). `--trace=DIR`: writes a Chromium performance trace of the last opening
 * of each board to DIR (open it in the DevTools Performance panel).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ReflectiebordServer } from '@reflectiebord/server'
import type { CreatedSession } from '@reflectiebord/shared'
import type { Browser, Page } from 'playwright-core'
import { LAPTOP_VIEWPORT, launchBrowser } from '../e2e/fixtures/browser.ts'
import { clientDist } from '../support/serverProcess.ts'
import { type CountingProxy, startCountingProxy } from './countingProxy.ts'

interface HookWindow {
  __reflectiebord?: {
    editor: {
      getCurrentPageShapeIds(): Set<string>
      createShapes(shapes: unknown[]): void
    }
  }
}

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/, '').split('=')
    return [name ?? '', value ?? ''] as const
  }),
)
const SHAPES = Number(args.get('shapes') ?? 2000)
const RUNS = Number(args.get('runs') ?? 3)
const WITH_TEXT = args.get('text') !== '0'
const DIST = args.has('dist') ? resolve(args.get('dist') ?? '') : clientDist
const TIMELINE = args.has('timeline')
const TRACE_DIR = args.has('trace') ? resolve(args.get('trace') ?? '') : null
const AGAINST = args.has('against') ? resolve(args.get('against') ?? '') : null
const TIMEOUT_MS = 120_000
/** The page's performance mark for its first frame with the board (client/src/board/boardPaintMark.ts). */
const BOARD_PAINTED_MARK = 'reflectiebord:board-painted'

const hardStop = setTimeout(() => {
  console.error('page-load benchmark: hard stop after 10 minutes')
  process.exit(2)
}, 600_000)

async function createSession(baseUrl: string, title: string): Promise<CreatedSession> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201) throw new Error(`creating a session: ${res.status}`)
  return (await res.json()) as CreatedSession
}

/** Goes from the link to a connected board, giving a name if asked. */
async function openBoard(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link, { timeout: TIMEOUT_MS })
  const nameInput = page.getByTestId('join-name')
  const board = page.getByTestId('board')
  const first = await Promise.race([
    nameInput.waitFor({ timeout: TIMEOUT_MS }).then(() => 'name' as const),
    board.waitFor({ timeout: TIMEOUT_MS }).then(() => 'board' as const),
  ])
  if (first === 'name') {
    await nameInput.fill(name)
    await page.getByTestId('join-submit').click()
  }
  await page.waitForFunction(
    () => (globalThis as unknown as HookWindow).__reflectiebord?.editor !== undefined,
    undefined,
    { timeout: TIMEOUT_MS },
  )
  await page
    .locator('[data-testid="connection-status"][data-status="connected"]')
    .waitFor({ timeout: TIMEOUT_MS })
}

interface Transfer {
  /** The largest responses on the wire, by path: where the bytes go. */
  largest: { path: string; encoded: number }[]
  requests: number
  /** Bytes the server sent to the browser, counted on the socket (see countingProxy.ts). */
  wire: number
  /** Bytes of the bodies after decompression: what would go without compression. */
  decoded: number
}

/**
 * A fresh participant's first visit: the bytes counted on the socket, and per request as
 * Chromium reports them (the page's own and its service worker's; a file the worker hands the
 * page from its cache is not counted twice).
 */
async function firstVisit(browser: Browser, proxy: CountingProxy, link: string): Promise<Transfer> {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  const page = await context.newPage()
  const transfer: Transfer = { largest: [], requests: 0, wire: 0, decoded: 0 }
  const sized: Promise<void>[] = []
  context.on('requestfinished', (request) => {
    sized.push(
      (async () => {
        const response = await request.response()
        if (response === null || response.fromServiceWorker()) return
        const sizes = await request.sizes()
        const body = await response.body().catch(() => Buffer.alloc(0))
        transfer.requests++
        transfer.decoded += body.length
        transfer.largest.push({
          path: new URL(request.url()).pathname,
          encoded: sizes.responseBodySize + sizes.responseHeadersSize,
        })
      })().catch(() => undefined),
    )
  })
  proxy.reset()
  await openBoard(page, link, 'Deelnemer')
  // Fonts and translations tldraw asks for once it draws, the service worker keeping what
  // was loaded: let the network go quiet.
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS })
  await settleNetwork(proxy)
  transfer.wire = proxy.bytesToBrowser()
  await context.close()
  await Promise.all(sized)
  transfer.largest = transfer.largest.sort((a, b) => b.encoded - a.encoded).slice(0, 10)
  return transfer
}

/** Waits (at most 10 s) until no byte has crossed the proxy for one second. */
async function settleNetwork(proxy: CountingProxy): Promise<void> {
  const deadline = Date.now() + 10_000
  let last = -1
  while (Date.now() < deadline && proxy.bytesToBrowser() !== last) {
    last = proxy.bytesToBrowser()
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

interface Opening {
  /** Page's own mark: milliseconds from navigation to the first frame painted with the board. */
  painted: number
  /** Shapes in the store at that first frame. */
  shapesAtPaint: number
  /** Milliseconds from following the link to a store holding every shape, and a frame after. */
  complete: number
  /** What happened when, ms from navigation: requests (start–end) and paints. */
  timeline: string[]
}

/** Opens the board at `link` in a fresh browser and times it (see `Opening`). */
async function timeToBoard(
  browser: Browser,
  link: string,
  expected: number,
  tracePath: string | null = null,
): Promise<Opening> {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  // Known name, for this session too (as after a reload): the timing is the page's, not a
  // person typing (nor the test driver finding the form, filling and clicking it).
  const sessionId = new URL(link).pathname.split('/').at(-1) ?? ''
  await context.addInitScript((id) => {
    const scope = globalThis as unknown as {
      localStorage: { setItem(k: string, v: string): void }
      sessionStorage: { setItem(k: string, v: string): void }
    }
    scope.localStorage.setItem('reflectiebord:displayName', 'Kijker')
    scope.sessionStorage.setItem(`reflectiebord:joinedAs:${id}`, 'Kijker')
  }, sessionId)
  if (TIMELINE) {
    // Long tasks (script evaluation, React, tldraw) and IndexedDB openings, as marks.
    await context.addInitScript(() => {
      type Perf = { mark(name: string, options?: { startTime?: number }): void; now(): number }
      const scope = globalThis as unknown as {
        performance: Perf
        PerformanceObserver: new (
          callback: (list: { getEntries(): { startTime: number; duration: number }[] }) => void,
        ) => { observe(options: { type: string; buffered?: boolean }): void }
        indexedDB: {
          open(...args: unknown[]): { addEventListener(e: string, f: () => void): void }
        }
      }
      new scope.PerformanceObserver((list) => {
        for (const task of list.getEntries()) {
          scope.performance.mark(`long task ${Math.round(task.duration)} ms`, {
            startTime: task.startTime,
          })
        }
      }).observe({ type: 'longtask', buffered: true })
      const open = scope.indexedDB.open.bind(scope.indexedDB)
      scope.indexedDB.open = (...args: unknown[]) => {
        scope.performance.mark(`indexedDB.open ${String(args[0])}`)
        const request = open(...args)
        request.addEventListener('success', () =>
          scope.performance.mark(`indexedDB opened ${String(args[0])}`),
        )
        return request
      }
    })
  }
  const page = await context.newPage()
  if (tracePath) {
    await browser.startTracing(page, {
      path: tracePath,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        'blink.user_timing',
        'loading',
        'disabled-by-default-v8.cpu_profiler',
      ],
    })
  }
  const started = Date.now()
  await page.goto(link, { timeout: TIMEOUT_MS, waitUntil: 'commit' })
  // Nothing of the driver's polls the page until its first board frame: Playwright's waits
  // (locators, functions polled every frame) run on the page's main thread and would be
  // counted in the page's time. One promise in the page waits for the mark instead.
  await withTimeout(waitForMark(page, BOARD_PAINTED_MARK), `the ${BOARD_PAINTED_MARK} mark`)
  await page
    .locator('[data-testid="connection-status"][data-status="connected"]')
    .waitFor({ timeout: TIMEOUT_MS })
  await page.waitForFunction(
    (n) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      return hook !== undefined && hook.editor.getCurrentPageShapeIds().size >= n
    },
    expected,
    { timeout: TIMEOUT_MS, polling: 'raf' },
  )
  // The frame after the store holds them is the one that paints them.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        // The tests compile without the DOM library; in the page this is window's.
        (
          globalThis as unknown as { requestAnimationFrame(f: () => void): void }
        ).requestAnimationFrame(() => resolve(null)),
      ),
  )
  const complete = Date.now() - started
  if (tracePath) await browser.stopTracing()
  const mark = await page.evaluate((name) => {
    const entry = (
      globalThis as unknown as {
        performance: {
          getEntriesByName(n: string): { startTime: number; detail?: { shapes?: number } }[]
        }
      }
    ).performance.getEntriesByName(name)[0]
    return entry ? { startTime: entry.startTime, shapes: entry.detail?.shapes ?? -1 } : null
  }, BOARD_PAINTED_MARK)
  const timeline = await page.evaluate(() => {
    type Entry = { name: string; entryType: string; startTime: number; responseEnd?: number }
    const perf = (globalThis as unknown as { performance: { getEntries(): Entry[] } }).performance
    return perf
      .getEntries()
      .filter((entry) => ['resource', 'paint', 'mark', 'navigation'].includes(entry.entryType))
      .map((entry) => {
        const end = entry.responseEnd ? `–${Math.round(entry.responseEnd)}` : ''
        const name = entry.name.replace(/^https?:\/\/[^/]+/, '')
        return `${Math.round(entry.startTime)}${end} ms  ${entry.entryType}  ${name}`
      })
  })
  await context.close()
  if (mark === null) throw new Error(`the page set no ${BOARD_PAINTED_MARK} mark`)
  return { painted: Math.round(mark.startTime), shapesAtPaint: mark.shapes, complete, timeline }
}

/** Resolves when the page has set the performance mark `name` (at once if it has). */
function waitForMark(page: Page, name: string): Promise<void> {
  return page.evaluate(
    (markName) =>
      new Promise<void>((resolveMark) => {
        // The tests compile without the DOM library; in the page these are window's.
        const scope = globalThis as unknown as {
          performance: { getEntriesByName(n: string): unknown[] }
          PerformanceObserver: new (
            callback: () => void,
          ) => { observe(options: { type: string; buffered: boolean }): void; disconnect(): void }
        }
        const observer = new scope.PerformanceObserver(() => {
          if (scope.performance.getEntriesByName(markName).length === 0) return
          observer.disconnect()
          resolveMark()
        })
        observer.observe({ type: 'mark', buffered: true })
      }),
    name,
  )
}

async function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Fills a board with `count` notes through the editor, so every record is a valid one. */
async function seed(browser: Browser, session: CreatedSession, baseUrl: string, count: number) {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  const page = await context.newPage()
  await openBoard(page, `${baseUrl}/s/${session.id}#begeleider=${session.facilitatorKey}`, 'Els')
  await page.evaluate(
    ({ n, withText }) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      const shapes = Array.from({ length: n }, (_, i) => ({
        type: 'note',
        x: (i % 50) * 240,
        y: Math.floor(i / 50) * 240,
        // A line of text, as on a real board: tldraw draws an empty note without its label.
        ...(withText
          ? {
              props: {
                richText: {
                  type: 'doc',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: `Notitie ${i + 1}` }] },
                  ],
                },
              },
            }
          : {}),
      }))
      hook?.editor.createShapes(shapes)
    },
    { n: count, withText: WITH_TEXT },
  )
  // The server has them once another browser gets them; only then may the seeder leave.
  await timeToBoard(browser, `${baseUrl}/s/${session.id}`, count)
  await context.close()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`

/** One build of the client, served by its own server with its own empty and full board. */
interface Contender {
  label: string
  server: ReflectiebordServer
  empty: CreatedSession
  full: CreatedSession
  emptyRuns: Opening[]
  fullRuns: Opening[]
}

/** Temporary data folders of the servers started, removed at the end. */
const dataDirs: string[] = []

async function startContender(browser: Browser, label: string, dist: string): Promise<Contender> {
  const dataDir = mkdtempSync(join(tmpdir(), 'reflectiebord-pageload-'))
  dataDirs.push(dataDir)
  const server = await ReflectiebordServer.start(
    { host: '127.0.0.1', port: 0, dataDir, clientDist: dist, logLevel: 'silent' },
    {},
  )
  const empty = await createSession(server.url, 'Leeg bord')
  const full = await createSession(server.url, 'Vol bord')
  await seed(browser, full, server.url, SHAPES)
  return { label, server, empty, full, emptyRuns: [], fullRuns: [] }
}

async function main(): Promise<void> {
  const browser = await launchBrowser()
  const contenders: Contender[] = []
  let proxy: CountingProxy | undefined
  try {
    const main = await startContender(browser, AGAINST ? `this build (${DIST})` : '', DIST)
    contenders.push(main)
    if (AGAINST) contenders.push(await startContender(browser, `against (${AGAINST})`, AGAINST))
    proxy = await startCountingProxy(new URL(main.server.url))
    const transfer = await firstVisit(browser, proxy, `${proxy.url}/s/${main.empty.id}`)
    console.log('# Page load\n')
    console.log(
      '| first visit of a participant | requests | on the wire | without compression | ratio |',
    )
    console.log('|---|---|---|---|---|')
    console.log(
      `| link → connected board | ${transfer.requests} | ${kib(transfer.wire)} | ${kib(transfer.decoded)} | ${(transfer.wire / transfer.decoded).toFixed(2)}× |`,
    )

    console.log('\nlargest on the wire (as Chromium reports them):')
    for (const { path, encoded } of transfer.largest) console.log(`- ${kib(encoded)} ${path}`)

    if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true })
    const traceOf = (run: number, index: number, name: string) =>
      TRACE_DIR && run === RUNS - 1
        ? join(TRACE_DIR, `${index === 0 ? '' : 'against-'}${name}.json`)
        : null
    // Builds take turns opening the same boards, so a machine that slows down over the run
    // slows both alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [index, c] of contenders.entries()) {
        c.emptyRuns.push(
          await timeToBoard(
            browser,
            `${c.server.url}/s/${c.empty.id}`,
            0,
            traceOf(run, index, 'empty'),
          ),
        )
        c.fullRuns.push(
          await timeToBoard(
            browser,
            `${c.server.url}/s/${c.full.id}`,
            SHAPES,
            traceOf(run, index, 'full'),
          ),
        )
      }
    }
    const paintedOf = (runs: Opening[]) => median(runs.map((r) => r.painted))
    const row = (label: string, runs: Opening[], reference: Opening[]) => {
      const painted = runs.map((r) => r.painted)
      const complete = runs.map((r) => r.complete)
      const shapes = runs.map((r) => r.shapesAtPaint)
      return `| ${label} | ${runs.length} | ${median(painted)} (${Math.min(...painted)}–${Math.max(...painted)}) | ${(median(painted) / paintedOf(reference)).toFixed(2)}× | ${Math.min(...shapes)}–${Math.max(...shapes)} | ${median(complete)} (${Math.min(...complete)}–${Math.max(...complete)}) | ${(median(complete) / median(reference.map((r) => r.complete))).toFixed(2)}× |`
    }
    console.log(
      '\n| board | runs | first paint of the board, ms from navigation, median (min–max) | ratio to the empty board | shapes in the store at first paint | every shape in the store, ms from the link, median (min–max) | ratio to the empty board |',
    )
    console.log('|---|---|---|---|---|---|---|')
    for (const c of contenders) {
      const of = c.label ? `, ${c.label}` : ''
      console.log(row(`empty (reference)${of}`, c.emptyRuns, c.emptyRuns))
      console.log(
        row(`${SHAPES} notes${WITH_TEXT ? ' with text' : ', empty'}${of}`, c.fullRuns, c.emptyRuns),
      )
    }
    const [first, second] = contenders
    if (first && second) {
      console.log(
        `\nfirst paint, this build / against: empty ${(paintedOf(first.emptyRuns) / paintedOf(second.emptyRuns)).toFixed(2)}×, ${SHAPES} notes ${(paintedOf(first.fullRuns) / paintedOf(second.fullRuns)).toFixed(2)}×`,
      )
    }
    if (TIMELINE) {
      for (const [label, runs] of [
        ['empty board', main.emptyRuns],
        [`${SHAPES} notes`, main.fullRuns],
      ] as const) {
        console.log(`\ntimeline of the last opening, ${label}:`)
        for (const line of runs.at(-1)?.timeline ?? []) console.log(`  ${line}`)
      }
    }
  } finally {
    await browser.close()
    await proxy?.close()
    for (const c of contenders) await c.server.close()
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
    clearTimeout(hardStop)
  }
}

await main()
