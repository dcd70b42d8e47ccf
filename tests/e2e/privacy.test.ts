import { describe, expect, test } from './fixtures/test.ts'

/** URLs that are not network requests at all. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:'])

function foreignUrls(urls: readonly string[], origin: string): string[] {
  const own = new URL(origin)
  return urls.filter((raw) => {
    const url = new URL(raw)
    if (LOCAL_SCHEMES.has(url.protocol)) return false
    // The websocket to the server is the same host and port under ws:.
    const scheme =
      url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol
    return !(scheme === own.protocol && url.host === own.host)
  })
}

describe('privacy', () => {
  test("the pages make no request to any host other than the server's own", async ({
    cast,
    server,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Hasselt')
    await els.openAsFacilitator()

    const bram = await cast.enter('Bram')
    await bram.joinBoard(links.participant)
    await els.board.addNote('Wat neem je mee?', { x: 0.3, y: 0.45 })
    await bram.board.addNote('Rust nemen', { x: 0.7, y: 0.45 })
    await bram.board.moveCursorTo({ x: 0.5, y: 0.6 })
    await expect.poll(() => els.board.presentNames(), { timeout: 15_000 }).toEqual(['Bram'])
    await bram.reload()
    await expect
      .poll(() => bram.board.noteTexts(), { timeout: 15_000 })
      .toEqual(['Rust nemen', 'Wat neem je mee?'])

    for (const person of [els, bram]) {
      // An empty log would mean the recording is broken, not that the page is private.
      expect(person.requestedUrls.some((url) => url.startsWith(`${server.url}/assets/`))).toBe(true)
      expect(
        person.requestedUrls.some((url) => url.startsWith(`ws://127.0.0.1:${server.port}/yjs/`)),
      ).toBe(true)
      expect(foreignUrls(person.requestedUrls, server.url)).toEqual([])
      // A load the CSP blocked never shows up as a request, but it was still an attempt.
      expect(person.blockedByCsp).toEqual([])
    }
  })
})
