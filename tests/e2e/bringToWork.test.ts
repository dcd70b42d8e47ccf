import { getTemplate, MIN_READABLE_TEXT_PX, ZONE_TEXT_PX } from '@reflectiebord/shared'
import type { HookWindow } from './fixtures/boardHook.ts'
import { acknowledgeCaseReminder } from './fixtures/caseReminder.ts'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** How this person sees a zone: whether it is in view, and the size of its smallest text. */
function viewOf(person: Person, areaId: string) {
  return person.page.evaluate(
    ({ areaId, textPx }) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('no test hook')
      const area = hook.control().areas.find((a) => a.areaId === areaId)
      if (!area) return null
      const view = hook.editor.getViewportPageBounds()
      const inView =
        area.x >= view.minX - 1 &&
        area.y >= view.minY - 1 &&
        area.x < view.maxX &&
        area.y < view.maxY
      return { inView, textPx: textPx * hook.editor.getZoomLevel() }
    },
    { areaId, textPx: ZONE_TEXT_PX },
  )
}

describe('bring everyone to the work', () => {
  test('loading an exercise and moving on a phase brings every view to its zone, readable; one button brings a wanderer back', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Gent')
    const anna = await cast.enter('Anna')
    await anna.joinBoard(session.participantLink)
    const bram = await cast.enter('Bram')
    await bram.joinBoard(session.participantLink)
    const phases = getTemplate('casusbespreking')?.phases ?? []
    const zoneOf = (index: number) => phases[index]?.areaId ?? ''

    await session.command({
      type: 'template.load',
      templateId: 'casusbespreking',
      origin: { x: 0, y: 0 },
    })
    await acknowledgeCaseReminder([anna, bram])
    for (const person of [anna, bram]) {
      await expect
        .poll(async () => (await viewOf(person, zoneOf(0)))?.inView, { timeout: 15_000 })
        .toBe(true)
      const view = await viewOf(person, zoneOf(0))
      expect(view?.textPx).toBeGreaterThanOrEqual(MIN_READABLE_TEXT_PX)
    }
    await anna.page.screenshot({ path: resultPath('brought-to-zone-nl.png') })

    // Bram wanders off; the next phase brings both to its zone.
    await bram.board.lookAt({ x: -5000, y: -5000 })
    await session.command({ type: 'phase.next' })
    for (const person of [anna, bram]) {
      await expect
        .poll(async () => (await viewOf(person, zoneOf(1)))?.inView, { timeout: 15_000 })
        .toBe(true)
      expect((await viewOf(person, zoneOf(1)))?.textPx).toBeGreaterThanOrEqual(MIN_READABLE_TEXT_PX)
    }

    // Looking around is allowed; one button brings Anna back.
    await anna.board.lookAt({ x: 9000, y: 9000 })
    expect((await viewOf(anna, zoneOf(1)))?.inView).toBe(false)
    await anna.page.getByTestId('go-to-activity').click()
    await expect
      .poll(async () => (await viewOf(anna, zoneOf(1)))?.inView, { timeout: 10_000 })
      .toBe(true)

    // A reload is not a move of the work: Bram keeps the view he chose.
    await bram.board.lookAt({ x: 9000, y: 9000 })
    await bram.page.waitForFunction(() => {
      const stored = globalThis.sessionStorage.getItem(
        Object.keys(globalThis.sessionStorage).find((key) => key.includes(':view:')) ?? '',
      )
      return stored !== null && (JSON.parse(stored) as { x: number }).x < -5000
    })
    await bram.reload()
    expect((await viewOf(bram, zoneOf(1)))?.inView).toBe(false)
  })
})
