import { statSync } from 'node:fs'
import type { VoteColor } from '@reflectiebord/shared'
import type { Page } from 'playwright-core'
import { facilitatorAndTwo } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import {
  boxOf,
  castVote,
  defaultStatement,
  expectNoPageErrors,
  waitForVoteCount,
} from './fixtures/stoplichtSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

const ARRIVES = { timeout: 15_000 }
const FIRST = 'toegang-vinden'
const SECOND = 'evaluatie-signalen'
const OWN = 'We durven een activiteit te schrappen als ze niemand meer samenbrengt.'

/**
 * Waits until every finite animation on the page has run (the cards turning over at the
 * reveal), so the screenshot shows where things end, not a frame in between.
 */
async function waitForAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const doc = (globalThis as unknown as { document: AnimatedDocument }).document
    const finite = doc
      .getAnimations()
      .filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime))
    await Promise.race([
      Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ])
  })
}

/** A screenshot of the page as it is, and one in grey scale, as on a grey-scale screen. */
async function shoot(page: Page, name: string, { greyscale = false } = {}): Promise<void> {
  const path = resultPath(`${name}.png`)
  await page.screenshot({ path })
  expect(statSync(path).size).toBeGreaterThan(10_000)
  if (!greyscale) return
  await setGreyscale(page, true)
  const grey = resultPath(`${name}-greyscale.png`)
  await page.screenshot({ path: grey })
  expect(statSync(grey).size).toBeGreaterThan(10_000)
  await setGreyscale(page, false)
}

function setGreyscale(page: Page, on: boolean): Promise<void> {
  return page.evaluate((on) => {
    const doc = (globalThis as unknown as { document: AnimatedDocument }).document
    doc.documentElement.style.filter = on ? 'grayscale(1)' : ''
  }, on)
}

/**
 * The lightness (0 to 255) each card's coloured band has in grey scale: CSS `grayscale(1)`
 * weighs red, green and blue as 0.2126, 0.7152 and 0.0722.
 */
function bandGreys(page: Page): Promise<Record<VoteColor, number>> {
  return page.evaluate(() => {
    const win = globalThis as unknown as {
      document: AnimatedDocument
      getComputedStyle(element: unknown): { backgroundColor: string }
    }
    const grey = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number)
      return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b)
    }
    const band = (color: string) =>
      win.document.querySelector(`[data-testid="vote-card-${color}"] .vote-card__band`)
    return {
      groen: grey(win.getComputedStyle(band('groen')).backgroundColor),
      oranje: grey(win.getComputedStyle(band('oranje')).backgroundColor),
      rood: grey(win.getComputedStyle(band('rood')).backgroundColor),
    }
  })
}

/** Screenshots for people to look at (not compared by pixels): the stoplicht game in Dutch. */
describe('stoplicht screenshots in Dutch', () => {
  test('a participant’s open round with her vote in, the named reveal and the summary, in colour and in grey scale', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndTwo(cast, server.url, 'Teamoverleg Huis van het Kind')
    const { els, anna, bram, command } = session
    await command({ type: 'template.load', templateId: 'stoplichtspel', origin: { x: 0, y: 0 } })
    await command({
      type: 'stoplicht.setup',
      statements: [
        defaultStatement(FIRST),
        defaultStatement(SECOND),
        { id: 'eigen-schrappen', text: { nl: OWN, en: OWN } },
      ],
    })
    await command({ type: 'phase.next' })
    await command({ type: 'stoplicht.open', statementId: FIRST })
    await expect.poll(() => anna.vote.view(), ARRIVES).toBe('open')

    // Anna has chosen; Bram has too, so the table shows two cards face down.
    await castVote(anna, 'oranje', 'mouse')
    await castVote(bram, 'groen', 'digit')
    await waitForVoteCount(anna, boxOf(FIRST, 1), 2)
    await expect.poll(() => anna.vote.countText(), ARRIVES).toBe('2 van 2 gestemd')
    // Her mouse rests beside the cards, not on one (a hover would tint it).
    await anna.page.mouse.move(1_300, 700)
    await waitForAnimations(anna.page)

    // In grey scale the three bands must still be far apart in lightness, whatever the hue.
    const greys = await bandGreys(anna.page)
    const [darkest = 0, middle = 0, lightest = 0] = Object.values(greys).sort((a, b) => a - b)
    expect(middle - darkest, JSON.stringify(greys)).toBeGreaterThanOrEqual(40)
    expect(lightest - middle, JSON.stringify(greys)).toBeGreaterThanOrEqual(40)
    await shoot(anna.page, 'stoplicht-cards-nl', { greyscale: true })

    await els.stoplicht.show()
    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expect.poll(() => anna.vote.tally(), ARRIVES).toEqual({ groen: 1, oranje: 1, rood: 0 })
    expect(await anna.vote.votersByColour()).toEqual({
      groen: ['Bram'],
      oranje: ['Anna'],
      rood: [],
    })
    await waitForAnimations(anna.page)
    await shoot(anna.page, 'stoplicht-reveal-nl', { greyscale: true })

    // A second statement and a note, so the summary has something to compare.
    await command({ type: 'stoplicht.open', statementId: SECOND })
    await expect
      .poll(() => anna.vote.statementText(), ARRIVES)
      .toBe(defaultStatement(SECOND).text.nl)
    await castVote(anna, 'rood', 'digit')
    await castVote(bram, 'groen', 'mouse')
    await waitForVoteCount(anna, boxOf(SECOND, 1), 2)
    await command({ type: 'stoplicht.reveal' })
    await command({
      type: 'stoplicht.notes',
      statementId: SECOND,
      notes: ['Na elke activiteit twee minuten: wat zagen we bij de gezinnen?'],
    })
    await command({ type: 'stoplicht.summary', show: true })
    await expect.poll(() => anna.vote.view(), ARRIVES).toBe('summary')
    await expect.poll(async () => (await anna.vote.summaryRows()).length, ARRIVES).toBe(3)
    await waitForAnimations(anna.page)
    await shoot(anna.page, 'stoplicht-summary-nl')
    expectNoPageErrors([els, anna, bram])
  })
})

/** The little of the DOM the page functions above use (the tests compile without DOM types). */
interface AnimatedDocument {
  documentElement: { style: { filter: string } }
  querySelector(selector: string): unknown
  getAnimations(): {
    finished: Promise<unknown>
    effect: { getComputedTiming(): { endTime?: number | string } } | null
  }[]
}
