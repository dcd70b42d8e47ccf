import type { Page, WebSocket } from 'playwright-core'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** How many service workers the page's origin has registered. */
function serviceWorkers(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const nav = globalThis.navigator as unknown as {
      serviceWorker: { getRegistrations(): Promise<unknown[]> }
    }
    return (await nav.serviceWorker.getRegistrations()).length
  })
}

/** The board's own chunk (`Board-<hash>.js`): most of the page's code. */
const BOARD_CHUNK = /\/assets\/Board-[^/]*\.js$/

describe("the board's data comes while its code is on its way", () => {
  test('a tab that joined before gets the board synced before the board’s code is here, and it shows what was written', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Leuven')
    const sessionId = session.session.id
    const els = await cast.enter('Els')
    await els.joinBoard(session.facilitatorLink)
    await els.board.addNote('Wat ons bezighoudt', { x: 0.5, y: 0.45 })

    // Anna's tab joined this session before (as after a reload): it knows her name. A fresh
    // browser otherwise, so nothing is cached and the board's chunk must come from the server.
    const anna = await cast.enter('Anna')
    await anna.context.addInitScript((id) => {
      const scope = globalThis as unknown as {
        sessionStorage: { setItem(key: string, value: string): void }
      }
      scope.sessionStorage.setItem(`reflectiebord:joinedAs:${id}`, 'Anna')
    }, sessionId)
    // The board's chunk is held back until the test lets it go.
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let chunkAsked = false
    await anna.context.route(BOARD_CHUNK, async (route) => {
      chunkAsked = true
      await released
      await route.continue()
    })
    const boardSockets: WebSocket[] = []
    let framesReceived = 0
    anna.page.on('websocket', (socket) => {
      if (!socket.url().includes(`/yjs/${sessionId}/board`)) return
      boardSockets.push(socket)
      socket.on('framereceived', () => {
        framesReceived += 1
      })
    })

    await anna.page.goto(session.participantLink, { waitUntil: 'commit', timeout: 30_000 })
    // The board's document syncs (the server's state is a frame of its own after its greeting)
    // while its code is still held back, and nothing of the board is on the page yet.
    await expect.poll(() => chunkAsked, { timeout: 15_000 }).toBe(true)
    await expect.poll(() => framesReceived, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
    expect(boardSockets).toHaveLength(1)
    expect(await anna.board.board.count()).toBe(0)
    // The page has loaded, but its service worker waits for the board's first paint: installing
    // it and keeping the files would take time from opening the board.
    await anna.page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { readyState: string } }).document.readyState ===
        'complete',
    )
    expect(await serviceWorkers(anna.page)).toBe(0)

    release()
    await anna.board.waitUntilReady()
    await expect
      .poll(() => anna.board.noteTexts(), { timeout: 15_000 })
      .toContain('Wat ons bezighoudt')
    // Els's presence came with the server's greeting, before Anna's board was there to take
    // it, and Els has not moved since: Anna sees her all the same.
    await expect.poll(() => anna.board.presentNames(), { timeout: 15_000 }).toEqual(['Els'])
    // The board took over that connection: no second one for the same document.
    expect(boardSockets).toHaveLength(1)
    expect(boardSockets[0]?.isClosed()).toBe(false)
    await expect.poll(() => serviceWorkers(anna.page), { timeout: 15_000 }).toBe(1)
    expect(anna.pageErrors).toEqual([])
  })
})
