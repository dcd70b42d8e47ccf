import { createSession } from '../support/sessions.ts'
import { offlineCopyText } from './fixtures/offlineCopy.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('reloading without a network', () => {
  test('the board opens from the browser’s own copy, with the offline badge, and the work made offline syncs later', async ({
    cast,
    server,
  }) => {
    const session = await createSession(server.url, 'Intervisie team Kortrijk')
    const link = `${server.url}/s/${session.id}`
    const anna = await cast.enter('Anna')
    await anna.joinBoard(link)
    await anna.board.addNote('Voor de onderbreking', { x: 0.5, y: 0.3 })
    // The editor shows the last letters a frame before they reach the document and its copy;
    // a reload in between would test the copy of a moment earlier.
    await expect
      .poll(() => offlineCopyText(anna.page, session.id), { timeout: 15_000 })
      .toContain('Voor de onderbreking')
    // The service worker has taken over the page and kept what it loaded.
    await anna.page.waitForFunction(
      async (page) => {
        const nav = globalThis.navigator as unknown as {
          serviceWorker: { controller: unknown }
        }
        if (!nav.serviceWorker.controller) return false
        const caches = (
          globalThis as unknown as { caches: { match(url: string): Promise<unknown> } }
        ).caches
        return (await caches.match(page)) !== undefined
      },
      link,
      { timeout: 30_000, polling: 250 },
    )

    await anna.setOffline(true)
    await anna.page.reload({ timeout: 30_000 })
    await anna.board.waitUntilShown()
    await anna.board.waitForStatus('offline', 30_000)
    expect(await anna.board.noteTexts()).toEqual(['Voor de onderbreking'])
    await anna.board.addNote('Offline geschreven', { x: 0.5, y: 0.6 })
    await anna.page.screenshot({ path: resultPath('offline-reload-nl.png') })

    await anna.setOffline(false)
    await anna.board.waitForStatus('connected', 30_000)
    const bram = await cast.enter('Bram')
    await bram.joinBoard(link)
    await expect
      .poll(() => bram.board.noteTexts(), { timeout: 20_000 })
      .toEqual(['Offline geschreven', 'Voor de onderbreking'])
  })
})
