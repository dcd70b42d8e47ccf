import { statSync } from 'node:fs'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** Screenshots for people to look at (not compared by pixels): the Dutch UI on a laptop. */
describe('screenshots in Dutch', () => {
  test('the home page after creating a session, and a board with notes and two people', async ({
    cast,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    expect(await els.page.getAttribute('html', 'lang')).toBe('nl-BE')
    const links = await els.home.createSession('Intervisie team Gent, 14 maart')
    const home = resultPath('home-nl.png')
    await els.page.screenshot({ path: home, fullPage: true })
    expect(statSync(home).size).toBeGreaterThan(10_000)

    await els.openAsFacilitator()
    const bram = await cast.enter('Bram')
    await bram.joinBoard(links.participant)

    await els.board.addNote('Wat gaf je energie deze week?', { x: 0.35, y: 0.4 })
    await bram.board.addNote('Het gesprek met de familie', { x: 0.65, y: 0.4 })
    await bram.board.moveCursorTo({ x: 0.55, y: 0.7 })
    await expect.poll(() => els.board.noteTexts(), { timeout: 15_000 }).toHaveLength(2)
    await expect
      .poll(() => els.board.presences(), { timeout: 15_000 })
      .toEqual([{ userName: 'Bram', hasCursor: true }])
    // Deselect, so the picture shows the board as people look at it, not a selection frame.
    await els.page.keyboard.press('Escape')

    const board = resultPath('board-nl.png')
    await els.page.screenshot({ path: board })
    expect(statSync(board).size).toBeGreaterThan(10_000)
  })
})
