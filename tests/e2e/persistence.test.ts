import { createSession } from '../support/sessions.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('notes stay on the board', () => {
  test('reloading the page keeps the notes, and a browser that never saw them gets them from the server', async ({
    cast,
    server,
  }) => {
    const session = await createSession(server.url, 'Intervisie team Antwerpen')
    const link = `${server.url}/s/${session.id}`
    const anna = await cast.enter('Anna')
    await anna.joinBoard(link)
    await anna.board.addNote('Eerste gedachte', { x: 0.3, y: 0.45 })
    await anna.board.addNote('Tweede gedachte', { x: 0.7, y: 0.45 })
    const before = await anna.board.notes()
    expect(before.map((note) => note.text).sort()).toEqual(['Eerste gedachte', 'Tweede gedachte'])

    await anna.reload()
    await expect.poll(() => anna.board.notes(), { timeout: 15_000 }).toEqual(before)

    // The reloaded page may have read its own IndexedDB copy; a fresh browser has none, so
    // what it shows came from the server.
    await cast.leave(anna)
    const bram = await cast.enter('Bram')
    await bram.joinBoard(link)
    await expect.poll(() => bram.board.notes(), { timeout: 15_000 }).toEqual(before)
  })
})
