import { createSession } from '../support/sessions.ts'
import type { Cast } from './fixtures/test.ts'
import { describe, expect, test } from './fixtures/test.ts'

const LEFT = { x: 0.3, y: 0.45 }
const RIGHT = { x: 0.7, y: 0.45 }

/** Two people on the board of a new session, both connected. */
async function twoOnOneBoard(cast: Cast, baseUrl: string) {
  const session = await createSession(baseUrl, 'Intervisie team Leuven')
  const link = `${baseUrl}/s/${session.id}`
  const anna = await cast.enter('Anna')
  const bram = await cast.enter('Bram')
  await anna.joinBoard(link)
  await bram.joinBoard(link)
  return { session, link, anna, bram }
}

describe('working together on one board', () => {
  test('a sticky note written in one browser appears with its text in the other', async ({
    cast,
    server,
  }) => {
    const { anna, bram } = await twoOnOneBoard(cast, server.url)

    const id = await anna.board.addNote('Wat gaf je energie deze week?', LEFT)

    await expect
      .poll(() => bram.board.notes(), { timeout: 15_000 })
      .toEqual([{ id, text: 'Wat gaf je energie deze week?' }])
  })

  test('each person sees the other one present on the board, with their name and cursor', async ({
    cast,
    server,
  }) => {
    const { anna, bram } = await twoOnOneBoard(cast, server.url)
    await anna.board.moveCursorTo(LEFT)
    await bram.board.moveCursorTo(RIGHT)

    await expect
      .poll(() => anna.board.presences(), { timeout: 15_000 })
      .toEqual([{ userName: 'Bram', hasCursor: true }])
    await expect
      .poll(() => bram.board.presences(), { timeout: 15_000 })
      .toEqual([{ userName: 'Anna', hasCursor: true }])
  })

  test("undo in one browser removes that person's own note but never the other person's", async ({
    cast,
    server,
  }) => {
    const { anna, bram } = await twoOnOneBoard(cast, server.url)
    const annasNote = await anna.board.addNote('Van Anna', LEFT)
    const bramsNote = await bram.board.addNote('Van Bram', RIGHT)
    await expect
      .poll(() => anna.board.noteTexts(), { timeout: 15_000 })
      .toEqual(['Van Anna', 'Van Bram'])

    // Writing a note is several steps (create, type, stop editing); undo them one at a time.
    let presses = 0
    while ((await anna.board.notes()).some((note) => note.id === annasNote)) {
      if (presses === 10) throw new Error("ten times undo did not remove Anna's note")
      await anna.board.undo()
      presses += 1
      expect((await anna.board.notes()).map((note) => note.id)).toContain(bramsNote)
    }
    // Undo with nothing of Anna's left to undo must not reach into Bram's work.
    for (let extra = 0; extra < 3; extra += 1) await anna.board.undo()

    await expect
      .poll(() => bram.board.notes(), { timeout: 15_000 })
      .toEqual([{ id: bramsNote, text: 'Van Bram' }])
    expect(await anna.board.notes()).toEqual([{ id: bramsNote, text: 'Van Bram' }])
  })
})
