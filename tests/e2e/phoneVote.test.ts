import { defaultStatements } from '@reflectiebord/shared'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** A common phone, held upright. */
const PHONE = { viewport: { width: 390, height: 844 }, touch: true }

describe('voting on a phone', () => {
  test('a participant sees the statement and all three cards without scrolling sideways', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Teamoverleg Huis van het Kind')
    const anna = await cast.enter('Anna', PHONE)
    await anna.joinBoard(session.participantLink)
    const statement = defaultStatements[0]
    if (!statement) throw new Error('no default statement')
    await session.command({
      type: 'stoplicht.setup',
      statements: [{ id: statement.id, text: statement.text }],
    })
    await session.command({ type: 'stoplicht.open', statementId: statement.id })

    for (const color of ['groen', 'oranje', 'rood'] as const) {
      const card = anna.vote.card(color)
      await card.waitFor({ state: 'visible', timeout: 15_000 })
      const box = await card.boundingBox()
      expect(box, color).not.toBeNull()
      if (!box) return
      // Whole card on screen, and a target well above the 44 px people can tap reliably.
      expect(box.x, color).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, color).toBeLessThanOrEqual(PHONE.viewport.width)
      expect(box.width, color).toBeGreaterThanOrEqual(88)
      expect(box.height, color).toBeGreaterThanOrEqual(88)
    }
    const widths = await anna.page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } }
        }
      ).document.documentElement
      return { scroll: root.scrollWidth, client: root.clientWidth }
    })
    expect(widths.scroll).toBeLessThanOrEqual(widths.client)
    await anna.page.screenshot({ path: resultPath('stoplicht-phone-nl.png'), timeout: 10_000 })

    await anna.vote.card('rood').click({ timeout: 5_000 })
    await expect.poll(() => anna.vote.shownVote(), { timeout: 10_000 }).toBe('rood')
    expect(anna.pageErrors).toEqual([])
  })
})
