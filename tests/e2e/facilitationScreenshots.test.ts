import { statSync } from 'node:fs'
import { getTemplate } from '@reflectiebord/shared'
import { acknowledgeCaseReminder } from './fixtures/caseReminder.ts'
import { facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import { waitForStillCamera } from './fixtures/stillCamera.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** Screenshots for people to look at (not compared by pixels): facilitation in Dutch. */
describe('facilitation screenshots in Dutch', () => {
  test('the facilitator panel with a template and a running timer, and a participant’s phase banner', async ({
    cast,
    server,
  }) => {
    const { els, anna } = await facilitatorAndOne(
      cast,
      server.url,
      'Intervisie team Gent, 14 maart',
    )
    const template = getTemplate('casusbespreking')
    const firstPhase = template?.phases[0]?.title.nl

    await els.panel.loadTemplate('casusbespreking')
    await acknowledgeCaseReminder([els, anna])
    await expect.poll(() => els.facilitation.phaseTitleText(), { timeout: 15_000 }).toBe(firstPhase)
    await els.panel.startTimer(5)
    await expect
      .poll(async () => (await els.facilitation.timer())?.running, { timeout: 10_000 })
      .toBe(true)
    // Everyone over here: Anna sees the zones the way Els shows them.
    await els.panel.followToggle.click({ timeout: 5_000 })
    await expect
      .poll(() => anna.facilitation.followBanner.getAttribute('data-status'), { timeout: 15_000 })
      .toBe('following')
    await anna.board.addNote('Wat zou ik voelen als ouder?', { x: 0.6, y: 0.55 })
    await expect
      .poll(() => anna.facilitation.phaseTitleText(), { timeout: 15_000 })
      .toBe(firstPhase)
    await waitForStillCamera(els)
    await waitForStillCamera(anna)
    await anna.page.keyboard.press('Escape')
    // The clicks above scrolled the panel; show it from the top, as it looks when opened.
    await els.panel.panel.evaluate((panel: { scrollTop: number }) => {
      panel.scrollTop = 0
    })

    const panel = resultPath('facilitator-panel-nl.png')
    await els.page.screenshot({ path: panel })
    expect(statSync(panel).size).toBeGreaterThan(10_000)

    const participant = resultPath('participant-phase-nl.png')
    await anna.page.screenshot({ path: participant })
    expect(statSync(participant).size).toBeGreaterThan(10_000)
  })
})
