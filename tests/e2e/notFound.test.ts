import { describe, expect, test } from './fixtures/test.ts'

describe('a link to a session that does not exist', () => {
  test('shows the Dutch not-found page instead of a name form or a board', async ({
    cast,
    server,
  }) => {
    const bram = await cast.enter('Bram')
    // Well-formed (24 base64url characters) but never created.
    await bram.join.goto(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAAAA`)
    await bram.join.sessionNotFound.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await bram.join.sessionNotFound.textContent()).toContain('Deze sessie bestaat niet')
    expect(await bram.join.nameInput.count()).toBe(0)
    expect(await bram.board.board.count()).toBe(0)
  })

  test('shows the same page for a malformed session id', async ({ cast, server }) => {
    const bram = await cast.enter('Bram')
    await bram.join.goto(`${server.url}/s/niet-echt`)
    await bram.join.sessionNotFound.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await bram.join.sessionNotFound.textContent()).toContain('Deze sessie bestaat niet')
    expect(await bram.join.nameInput.count()).toBe(0)
  })
})
