import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

const PHONE = { viewport: { width: 390, height: 844 }, touch: true }

/** The toolbar's tool buttons, by their accessible names, in order. */
async function toolNames(page: import('playwright-core').Page): Promise<string[]> {
  return page
    .locator('.tlui-main-toolbar [data-testid^="tools."]')
    .evaluateAll((buttons) =>
      buttons
        .filter((button) => (button as { offsetParent: unknown }).offsetParent !== null)
        .map(
          (button) =>
            (button as unknown as { getAttribute(name: string): string | null }).getAttribute(
              'aria-label',
            ) ?? '',
        ),
    )
}

describe('tools that fit the task', () => {
  test('a participant gets the calm toolbar in Dutch, all tools on request, kept after a reload', async ({
    cast,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Gent')
    const anna = await cast.enter('Anna')
    await anna.joinBoard(links.participant)

    // Select, hand, note, text, picture, pen: tldraw's words, corrected where needed.
    await expect.poll(() => toolNames(anna.page), { timeout: 15_000 }).toHaveLength(6)
    const calm = await toolNames(anna.page)
    expect(calm.map((name) => name.split(' — ')[0])).toEqual([
      'Selecteren',
      'Hand',
      'Briefje',
      'Tekst',
      'Afbeelding',
      'Pen',
    ])
    // Nothing is selected and no tool needs styles: no style panel covering the board.
    expect(await anna.page.getByTestId('style.panel').count()).toBe(0)

    await anna.page.getByTestId('toolbar-all-tools').click()
    await expect.poll(async () => (await toolNames(anna.page)).length).toBeGreaterThan(6)
    await anna.page.screenshot({ path: resultPath('toolbar-all-tools-nl.png') })

    await anna.reload()
    await expect.poll(async () => (await toolNames(anna.page)).length).toBeGreaterThan(6)
    await anna.page.getByTestId('toolbar-all-tools').click()
    await expect.poll(() => toolNames(anna.page)).toHaveLength(6)
  })

  test('the style panel stays folded until someone asks for it, and remembers', async ({
    cast,
  }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Gent')
    const anna = await cast.enter('Anna')
    await anna.joinBoard(links.participant)
    await anna.board.addNote('Eerste indruk', { x: 0.4, y: 0.4 })
    // The new note is selected: there are styles to change, behind one button.
    const toggle = anna.page.getByTestId('style-panel-toggle')
    await toggle.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await anna.page.getByTestId('style.panel').count()).toBe(0)
    await anna.page.screenshot({ path: resultPath('style-folded-nl.png') })

    await toggle.click()
    await anna.page.getByTestId('style.panel').waitFor({ state: 'visible', timeout: 5_000 })
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await anna.reload()
    await anna.page.keyboard.press('n')
    await anna.page.getByTestId('style.panel').waitFor({ state: 'visible', timeout: 10_000 })
  })

  test('on a phone the calm toolbar fits the screen', async ({ cast }) => {
    const els = await cast.enter('Els')
    await els.home.goto()
    const links = await els.home.createSession('Intervisie team Gent')
    const anna = await cast.enter('Anna', PHONE)
    await anna.joinBoard(links.participant)
    await expect.poll(async () => (await toolNames(anna.page)).length).toBeGreaterThan(3)
    const toolbar = await anna.page.locator('.tlui-main-toolbar').boundingBox()
    expect(toolbar).not.toBeNull()
    if (!toolbar) return
    expect(toolbar.x).toBeGreaterThanOrEqual(0)
    expect(toolbar.x + toolbar.width).toBeLessThanOrEqual(PHONE.viewport.width)
    await anna.page.screenshot({ path: resultPath('toolbar-phone-nl.png') })
  })
})
