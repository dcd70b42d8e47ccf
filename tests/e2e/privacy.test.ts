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

  test('no URL that leaves the browser carries a participant id or the facilitator key', async ({
    cast,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Gent')
    await els.openAsFacilitator()
    const bram = await cast.enter('Bram')
    await bram.joinBoard(links.participant)
    // A reconnect asks for new tickets the same way.
    await bram.reload()

    // The key in the facilitator link's fragment is fine: a fragment never leaves the browser.
    const key = new URLSearchParams(new URL(links.facilitator).hash.slice(1)).get('begeleider')
    expect(key).toBeTruthy()
    for (const person of [els, bram]) {
      const stored = (await person.context.storageState()).origins.flatMap((o) => o.localStorage)
      const pid = stored.find((entry) => entry.name === 'reflectiebord:participantId')?.value
      expect(pid).toBeTruthy()
      const sent = person.requestedUrls.map((url) => url.split('#')[0] ?? '')
      const sockets = sent.filter((url) => url.startsWith('ws:'))
      // Both documents, each with a ticket and nothing else.
      expect(sockets.length).toBeGreaterThanOrEqual(2)
      for (const url of sockets) expect([...new URL(url).searchParams.keys()]).toEqual(['ticket'])
      expect(sent.filter((url) => url.includes(pid ?? '?') || url.includes(key ?? '?'))).toEqual([])
    }
  })
})
