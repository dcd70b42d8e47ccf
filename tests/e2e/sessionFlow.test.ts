import {
  activityFocus,
  defaultStatements,
  getTemplate,
  MIN_READABLE_TEXT_PX,
  ZONE_TEXT_PX,
} from '@reflectiebord/shared'
import { axeViolations, blocking } from './fixtures/axe.ts'
import type { HookWindow } from './fixtures/boardHook.ts'
import { acknowledgeCaseReminder } from './fixtures/caseReminder.ts'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

const PHONE = { viewport: { width: 390, height: 844 }, touch: true }

/** Each exercise's own strips above the board, by exercise: none may outlive its exercise. */
const STRIPS: Readonly<Record<string, readonly string[]>> = {
  stoplichtspel: ['vote-overlay', 'stoplicht-summary'],
  'dromen-met-beelden': ['dromen-layer'],
  casusbespreking: ['casus-strip'],
}

interface Screen {
  boardShare: number
  /** Whether some zone of the work of now is in view, and its smallest text size on screen. */
  zoneInView: boolean
  zoneTextPx: number
  strips: string[]
  timerRunning: boolean | null
  /** The copies whose results card is on the board, and the copy on stage. */
  resultsCards: string[]
  activeInstance: string | null
}

/** What one person sees now: measured in their page, as they see it. */
async function screenOf(person: Person): Promise<Screen> {
  const strips = Object.values(STRIPS).flat()
  const measured = await person.page.evaluate(
    ({ strips }) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('no test hook')
      const doc = (
        globalThis as unknown as {
          document: {
            querySelector(s: string): { getBoundingClientRect(): DOMRectLike } | null
          }
          innerWidth: number
          innerHeight: number
        }
      ).document
      const win = globalThis as unknown as { innerWidth: number; innerHeight: number }
      const board = doc.querySelector('[data-testid="board"]')?.getBoundingClientRect()
      const share = board ? (board.width * board.height) / (win.innerWidth * win.innerHeight) : 0
      const shown = strips.filter((id) => {
        const rect = doc.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect()
        return rect !== undefined && rect.height > 0
      })
      const view = hook.editor.getViewportPageBounds()
      const cards = (
        globalThis as unknown as {
          document: { querySelectorAll(s: string): Iterable<{ dataset: { instanceId?: string } }> }
        }
      ).document.querySelectorAll('[data-testid="board-results"]')
      return {
        share,
        shown,
        cards: [...cards].map((card) => card.dataset.instanceId ?? ''),
        view: { minX: view.minX, minY: view.minY, maxX: view.maxX, maxY: view.maxY },
        zoom: hook.editor.getZoomLevel(),
        control: hook.control(),
      }
    },
    { strips },
  )
  const focus = activityFocus(measured.control, getTemplate)
  const v = measured.view
  const zoneInView =
    focus?.areas.some(
      (area) =>
        area.x < v.maxX && area.x + area.w > v.minX && area.y < v.maxY && area.y + area.h > v.minY,
    ) ?? false
  const timer = await person.facilitation.timer()
  return {
    boardShare: measured.share,
    zoneInView,
    zoneTextPx: ZONE_TEXT_PX * measured.zoom,
    strips: measured.shown,
    timerRunning: timer ? timer.running : null,
    resultsCards: measured.cards,
    activeInstance: measured.control.activity?.instanceId ?? null,
  }
}

interface DOMRectLike {
  width: number
  height: number
}

interface RectLike {
  height: number
  left: number
  top: number
  right: number
  bottom: number
}

describe('a session that flows', () => {
  test('a facilitator and three colleagues (one on a phone) play the three exercises in a row', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Gent')
    const els = await cast.enter('Els')
    await els.join.goto(session.facilitatorLink)
    await els.join.waitForNameForm()
    await els.join.submitName('Els')
    await els.board.waitUntilReady()
    const anna = await cast.enter('Anna')
    await anna.joinBoard(session.participantLink)
    const bram = await cast.enter('Bram')
    await bram.joinBoard(session.participantLink)
    const chris = await cast.enter('Chris', PHONE)
    await chris.joinBoard(session.participantLink)
    const laptops = [els, anna, bram]
    const everyone = [...laptops, chris]
    await els.panel.open()
    // Nothing runs yet: the panel starts with the exercises to choose from.
    await els.page.getByTestId('templates-section').waitFor({ timeout: 5_000 })
    expect(await els.page.locator('#templates-heading').textContent()).toBe('Kies een oefening')
    await els.page.screenshot({ path: resultPath('flow-start-els.png') })

    const statement = defaultStatements[0]
    if (!statement) throw new Error('no default statement')

    const playExercise = async (templateId: string, prepare?: () => Promise<void>) => {
      const template = getTemplate(templateId)
      if (!template) throw new Error(`no template ${templateId}`)
      await els.panel.loadTemplate(templateId)
      if (templateId.startsWith('casus')) await acknowledgeCaseReminder(everyone)
      await prepare?.()
      for (const [index, phase] of template.phases.entries()) {
        if (index > 0) await els.panel.phaseNext.click({ timeout: 5_000 })
        for (const person of everyone) {
          await expect
            .poll(() => person.facilitation.phaseTitleText(), { timeout: 15_000 })
            .toBe(phase.title.nl)
        }
        for (const person of everyone) {
          const label = `${templateId} phase ${index + 1}, ${person.name}`
          // Brought to the work, readable, with the phase's own time running.
          await expect
            .poll(async () => (await screenOf(person)).zoneInView, { timeout: 10_000 })
            .toBe(true)
          const screen = await screenOf(person)
          await person.page.screenshot({
            path: resultPath(`flow-${templateId}-${index + 1}-${person.name.toLowerCase()}.png`),
          })
          // Nothing on this screen keeps a keyboard or screen-reader user out.
          expect(blocking(await axeViolations(person.page, null)), label).toEqual([])
          expect(screen.zoneTextPx, label).toBeGreaterThanOrEqual(MIN_READABLE_TEXT_PX)
          expect(screen.timerRunning, label).toBe(true)
          // The board stays the stage on a laptop, also for the facilitator with the panel open.
          if (person !== chris) expect(screen.boardShare, label).toBeGreaterThanOrEqual(0.6)
          // Nothing of an earlier exercise is left above the board.
          const ownExercise = template.exercise ?? template.id
          const others = Object.entries(STRIPS)
            .filter(([id]) => id !== ownExercise)
            .flatMap(([, strips]) => strips)
          expect(
            screen.strips.filter((strip) => others.includes(strip)),
            label,
          ).toEqual([])
          // Its own results card waits until it is off stage: the strip shows them meanwhile.
          expect(screen.resultsCards, label).not.toContain(screen.activeInstance)
        }
      }
    }

    // Stoplicht: one statement, everyone votes (Chris on his phone), the reveal.
    await playExercise('stoplichtspel', async () => {
      await session.command({
        type: 'stoplicht.setup',
        statements: [{ id: statement.id, text: statement.text }],
      })
      await session.command({ type: 'stoplicht.open', statementId: statement.id })
      for (const [person, color] of [
        [anna, 'groen'],
        [bram, 'oranje'],
        [chris, 'rood'],
      ] as const) {
        await person.vote.click(color)
      }
      await session.command({ type: 'stoplicht.reveal' })
    })
    await playExercise('dromen-met-beelden')
    await playExercise('casusbespreking-kort')

    // The stoplicht's results stay on the board under its zones, where it was played, on a
    // laptop and on a phone.
    for (const person of [els, anna, chris]) {
      const framed = await person.page.evaluate(() => {
        const hook = (globalThis as unknown as HookWindow).__reflectiebord
        if (!hook) throw new Error('no test hook')
        const zones = hook.control().areas.filter((area) => area.templateId === 'stoplichtspel')
        const instanceId = zones[0]?.instanceId
        const card = (
          globalThis as unknown as {
            document: { querySelector(s: string): { getBoundingClientRect(): RectLike } | null }
          }
        ).document.querySelector(`[data-testid="board-results"][data-instance-id="${instanceId}"]`)
        if (!card || !instanceId) return null
        // Frame the copy's zones and the card under them, as someone panning there would.
        const cardHeight = card.getBoundingClientRect().height / hook.editor.getZoomLevel()
        const minX = Math.min(...zones.map((z) => z.x))
        const minY = Math.min(...zones.map((z) => z.y))
        const maxX = Math.max(...zones.map((z) => z.x + z.w))
        const maxY = Math.max(...zones.map((z) => z.y + z.h))
        hook.editor.zoomToBounds(
          { x: minX, y: minY, w: maxX - minX, h: maxY - minY + 60 + cardHeight },
          // Room for tldraw's toolbar at the bottom.
          { inset: 96 },
        )
        return instanceId
      })
      if (!framed) throw new Error(`${person.name}: no results card of the stoplicht`)
      // What is on screen once the page has drawn the new camera: the card inside the board,
      // clear of every zone.
      const placement = () =>
        person.page.evaluate((instanceId) => {
          const doc = (
            globalThis as unknown as {
              document: {
                querySelector(s: string): { getBoundingClientRect(): RectLike } | null
                querySelectorAll(s: string): Iterable<{ getBoundingClientRect(): RectLike }>
              }
            }
          ).document
          const card = doc
            .querySelector(`[data-testid="board-results"][data-instance-id="${instanceId}"]`)
            ?.getBoundingClientRect()
          const board = doc.querySelector('[data-testid="board"]')?.getBoundingClientRect()
          if (!card || !board) return 'no card or board'
          const zones = [...doc.querySelectorAll('[data-area-id]')].map((zone) =>
            zone.getBoundingClientRect(),
          )
          const overlaps = (a: RectLike, b: RectLike) =>
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
          if (zones.some((zone) => overlaps(zone, card))) return 'over a zone'
          if (card.top < board.top || card.bottom > board.bottom + 1) return 'outside the board'
          return 'in view, clear of the zones'
        }, framed)
      await expect.poll(placement, { timeout: 5_000 }).toBe('in view, clear of the zones')
      const text = await person.page
        .locator(`[data-testid="board-results"]`, { hasText: 'Resultaten: Stoplichtspel' })
        .textContent()
      expect(text).toContain(statement.text.nl)
      await person.page.screenshot({
        path: resultPath(`flow-results-card-${person.name.toLowerCase()}.png`),
      })
    }
  })
})
