import { createSession } from '../support/sessions.ts'
import { expectSameShapes } from './fixtures/sameBoards.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('working offline', () => {
  test('notes written while one browser is offline end up on both boards once it is back', async ({
    cast,
    server,
  }) => {
    const session = await createSession(server.url, 'Intervisie team Kortrijk')
    const link = `${server.url}/s/${session.id}`
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(link)
    await bram.joinBoard(link)
    await anna.board.addNote('Voor de onderbreking', { x: 0.5, y: 0.3 })
    await expect
      .poll(() => bram.board.noteTexts(), { timeout: 15_000 })
      .toEqual(['Voor de onderbreking'])

    await bram.setOffline(true)
    await bram.board.waitForStatus('offline', 30_000)
    await bram.board.addNote('Van Bram, offline', { x: 0.7, y: 0.55 })
    await anna.board.addNote('Van Anna, intussen', { x: 0.3, y: 0.55 })
    // Neither note may have crossed while Bram was cut off: otherwise nothing here was offline.
    expect(await anna.board.noteTexts()).toEqual(['Van Anna, intussen', 'Voor de onderbreking'])
    expect(await bram.board.noteTexts()).toEqual(['Van Bram, offline', 'Voor de onderbreking'])
    expect(await bram.board.status()).toBe('offline')

    await bram.setOffline(false)
    await bram.board.waitForStatus('connected', 30_000)
    const expected = ['Van Anna, intussen', 'Van Bram, offline', 'Voor de onderbreking']
    await expect.poll(() => anna.board.noteTexts(), { timeout: 20_000 }).toEqual(expected)
    await expect.poll(() => bram.board.noteTexts(), { timeout: 20_000 }).toEqual(expected)
    // Not only the texts: every shape record must be the same on both boards.
    await expectSameShapes(anna.board, bram.board)
  })
})
