/**
 * The page as a participant gets it, in Chromium: bytes over the wire for a first visit (a
 * fresh browser, from the link to a connected board), and how long a board of 2,000 notes
 * takes to open against an empty board, both measured in this one run. Prints figures, never
 * passes or fails. Target: 127.0.0.1 only; every wait is bounded.
 *
 *   node tests/load/pageLoad.ts [--shapes=2000] [--runs=3]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ReflectiebordServer } from '@reflectiebord/server'
import type { CreatedSession } from '@reflectiebord/shared'
import type { Browser, Page } from 'playwright-core'
import { LAPTOP_VIEWPORT, launchBrowser } from '../e2e/fixtures/browser.ts'
import { clientDist } from '../support/serverProcess.ts'

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
const TIMEOUT_MS = 120_000

const dataDir = mkdtempSync(join(tmpdir(), 'reflectiebord-pageload-'))
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
  /** Bytes on the wire (headers and compressed bodies). */
  encoded: number
  /** Bytes of the bodies after decompression: what would go without compression. */
  decoded: number
}

/** A fresh participant's first visit, counted with the DevTools protocol. */
async function firstVisit(browser: Browser, link: string): Promise<Transfer> {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  const transfer: Transfer = { largest: [], requests: 0, encoded: 0, decoded: 0 }
  const paths = new Map<string, string>()
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => {
    paths.set(event.requestId, new URL(event.request.url).pathname)
  })
  cdp.on('Network.dataReceived', (event: { dataLength: number }) => {
    transfer.decoded += event.dataLength
  })
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
    transfer.requests++
    transfer.encoded += event.encodedDataLength
    transfer.largest.push({
      path: paths.get(event.requestId) ?? '?',
      encoded: event.encodedDataLength,
    })
  })
  await openBoard(page, link, 'Deelnemer')
  // Fonts and translations tldraw asks for once it draws: let the network go quiet.
  await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS })
  await context.close()
  transfer.largest = transfer.largest.sort((a, b) => b.encoded - a.encoded).slice(0, 8)
  return transfer
}

/** Milliseconds from following the link to a board that holds `expected` shapes, painted. */
async function timeToBoard(browser: Browser, link: string, expected: number): Promise<number> {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  // Known name: the timing is the page's, not a person typing.
  await context.addInitScript(() => localStorage.setItem('reflectiebord:displayName', 'Kijker'))
  const page = await context.newPage()
  const started = Date.now()
  await openBoard(page, link, 'Kijker')
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
  const elapsed = Date.now() - started
  await context.close()
  return elapsed
}

/** Fills a board with `count` notes through the editor, so every record is a valid one. */
async function seed(browser: Browser, session: CreatedSession, baseUrl: string, count: number) {
  const context = await browser.newContext({ viewport: LAPTOP_VIEWPORT })
  const page = await context.newPage()
  await openBoard(page, `${baseUrl}/s/${session.id}#begeleider=${session.facilitatorKey}`, 'Els')
  await page.evaluate((n) => {
    const hook = (globalThis as unknown as HookWindow).__reflectiebord
    const shapes = Array.from({ length: n }, (_, i) => ({
      type: 'note',
      x: (i % 50) * 240,
      y: Math.floor(i / 50) * 240,
    }))
    hook?.editor.createShapes(shapes)
  }, count)
  // The server has them once another browser gets them; only then may the seeder leave.
  await timeToBoard(browser, `${baseUrl}/s/${session.id}`, count)
  await context.close()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`

async function main(): Promise<void> {
  const server = await ReflectiebordServer.start(
    { host: '127.0.0.1', port: 0, dataDir, clientDist, logLevel: 'silent' },
    {},
  )
  const browser = await launchBrowser()
  try {
    const empty = await createSession(server.url, 'Leeg bord')
    const transfer = await firstVisit(browser, `${server.url}/s/${empty.id}`)
    console.log('# Page load\n')
    console.log(
      '| first visit of a participant | requests | on the wire | without compression | ratio |',
    )
    console.log('|---|---|---|---|---|')
    console.log(
      `| link → connected board | ${transfer.requests} | ${kib(transfer.encoded)} | ${kib(transfer.decoded)} | ${(transfer.encoded / transfer.decoded).toFixed(2)}× |`,
    )

    console.log('\nlargest on the wire:')
    for (const { path, encoded } of transfer.largest) console.log(`- ${kib(encoded)} ${path}`)

    const full = await createSession(server.url, 'Vol bord')
    await seed(browser, full, server.url, SHAPES)
    const emptyTimes: number[] = []
    const fullTimes: number[] = []
    for (let run = 0; run < RUNS; run++) {
      emptyTimes.push(await timeToBoard(browser, `${server.url}/s/${empty.id}`, 0))
      fullTimes.push(await timeToBoard(browser, `${server.url}/s/${full.id}`, SHAPES))
    }
    console.log(`\n| board | runs | median ms (min–max) | ratio to the empty board |`)
    console.log('|---|---|---|---|')
    console.log(
      `| empty (reference) | ${RUNS} | ${median(emptyTimes)} (${Math.min(...emptyTimes)}–${Math.max(...emptyTimes)}) | 1.00× |`,
    )
    console.log(
      `| ${SHAPES} notes | ${RUNS} | ${median(fullTimes)} (${Math.min(...fullTimes)}–${Math.max(...fullTimes)}) | ${(median(fullTimes) / median(emptyTimes)).toFixed(2)}× |`,
    )
  } finally {
    await browser.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
    clearTimeout(hardStop)
  }
}

await main()
