import type { HookWindow } from './fixtures/boardHook.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('a reload brings a person back where they were', () => {
  test('same name without asking, same view; a new tab asks again, with the name filled in', async ({
    cast,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Gent')
    await els.openAsFacilitator()
    const sessionId = new URL(links.participant).pathname.split('/').at(-1)
    const anna = await cast.enter('Anna')
    await anna.joinBoard(links.participant)
    await anna.board.lookAt({ x: 2400, y: -900 }, 0.5)
    const camera = () =>
      anna.page.evaluate(() => {
        const editor = (globalThis as unknown as HookWindow).__reflectiebord?.editor
        if (!editor) throw new Error('no editor')
        const { x, y, z } = editor.getCamera()
        return { x: Math.round(x), y: Math.round(y), z }
      })
    const before = await camera()
    // The view is written a moment after the camera stops; wait for it, not for a time.
    await anna.page.waitForFunction(
      ({ key, z }) => {
        const stored = globalThis.sessionStorage.getItem(key)
        return stored !== null && (JSON.parse(stored) as { z: number }).z === z
      },
      { key: `reflectiebord:view:${sessionId}`, z: before.z },
    )

    await anna.page.reload()
    await anna.board.waitUntilReady()
    expect(await anna.join.nameInput.count()).toBe(0)
    expect(await camera()).toEqual(before)
    await expect.poll(() => els.board.presentNames(), { timeout: 15_000 }).toContain('Anna')

    // Another tab is maybe another person at the same computer: it asks, prefilled.
    const second = await anna.context.newPage()
    await second.goto(links.participant)
    const name = second.getByTestId('join-name')
    await name.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await name.inputValue()).toBe('Anna')
  })
})
