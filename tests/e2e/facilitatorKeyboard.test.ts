import { setTimeout as sleep } from 'node:timers/promises'
import type { ControlState } from '@reflectiebord/shared'
import { getTemplate } from '@reflectiebord/shared'
import { acknowledgeCaseReminder } from './fixtures/caseReminder.ts'
import { facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { withTimeout } from './pages/FacilitatorPanel.ts'

const PANEL = 'facilitator-panel'

/** Waits until session control, as the facilitator's browser has it, passes `check`. */
async function expectControl(
  person: Person,
  check: (control: ControlState) => unknown,
  timeout = 10_000,
): Promise<void> {
  await expect
    .poll(async () => Boolean(check(await person.facilitation.control())), { timeout })
    .toBe(true)
}

describe('facilitating with the keyboard only', () => {
  test('every facilitator control can be reached with Tab and worked with Enter or Space', async ({
    cast,
    server,
  }) => {
    const { els, anna } = await facilitatorAndOne(cast, server.url)
    const keys = els.page.keyboard
    const { focus } = els
    const me = await els.facilitation.myPublicId()
    const template = getTemplate('casusbespreking')
    if (!template) throw new Error('the casusbespreking template is missing from shared')

    // From the page to the panel button, and open it.
    expect(await focus.focusedName()).toBe('body')
    expect(await focus.tabTo('facilitator-panel-toggle', 'forward', 5)).toBeLessThanOrEqual(3)
    await keys.press('Enter')
    await els.panel.panel.waitFor({ state: 'visible', timeout: 5_000 })
    expect(await els.panel.toggle.getAttribute('aria-expanded')).toBe('true')
    expect(await focus.focusedName()).toBe('#facilitator-panel-heading')

    // Settings used once are folded away; a keyboard user opens them with Enter on their summary.
    for (const fold of ['people', 'session']) {
      await focus.tabTo(`${fold}-fold-summary`)
      await keys.press('Enter')
      await els.page
        .locator(`[data-testid="${fold}-fold-summary"][aria-expanded="true"]`)
        .waitFor({ timeout: 5_000 })
    }
    // Back to just before the panel, to walk it from its start.
    await focus.tabTo('facilitator-panel-close', 'backward')
    await keys.press('Shift+Tab')

    // Tab stops on every enabled control of the panel, in order; Shift+Tab the same, reversed.
    const reachable = await focus.reachableWithin(PANEL)
    expect(reachable).toEqual(
      expect.arrayContaining([
        'timer-minutes',
        'timer-start',
        'timer-auto-start',
        'timer-sound',
        'follow-toggle',
        'template-load-casusbespreking',
        'people-fold-summary',
        'cap-input',
        'cap-save',
        'record-sharing',
        'session-close',
        'retention-select',
        'retention-save',
        'session-delete',
      ]),
    )
    const forward = await focus.stopsWithin(PANEL, 'forward')
    expect(forward).toEqual(reachable)
    // Shift+Tab back from the panel's last control.
    const last = reachable.at(-1)
    if (!last) throw new Error('the panel has no controls')
    await focus.tabTo(last, 'backward')
    const backward = await focus.stopsWithin(PANEL, 'backward')
    expect(backward).toEqual(reachable.slice(0, -1).reverse())

    // Load a template.
    await focus.tabTo('template-load-casusbespreking')
    await keys.press('Enter')
    // A case discussion starts with the privacy reminder: Enter on its OK, as a keyboard user.
    await acknowledgeCaseReminder([els, anna])
    await expectControl(
      els,
      (control) =>
        control.activity?.templateId === 'casusbespreking' &&
        control.activity.phaseIndex === 0 &&
        control.areas.length === template.areas.length,
    )

    // With an exercise active, the phase controls are there and reachable too.
    const withPhases = await focus.reachableWithin(PANEL)
    expect(withPhases).toEqual(
      expect.arrayContaining(['phase-next', ...template.phases.map((_, i) => `phase-set-${i}`)]),
    )
    const lastWithPhases = withPhases.at(-1)
    if (!lastWithPhases) throw new Error('the panel has no controls')
    await focus.tabTo(lastWithPhases)
    expect(await focus.stopsWithin(PANEL, 'backward')).toEqual(withPhases.slice(0, -1).reverse())

    // Next phase with Enter, previous phase with Space.
    await focus.tabTo('phase-next')
    await keys.press('Enter')
    await expectControl(els, (control) => control.activity?.phaseIndex === 1)
    await focus.tabTo('phase-previous', 'backward')
    await keys.press('Space')
    await expectControl(els, (control) => control.activity?.phaseIndex === 0)

    // Jump to a phase from the list.
    await focus.tabTo('phase-set-2')
    await keys.press('Enter')
    await expectControl(els, (control) => control.activity?.phaseIndex === 2)

    // Three minutes on the timer, and start.
    await focus.tabTo('timer-minutes')
    await keys.press('ControlOrMeta+a')
    await keys.type('3')
    await keys.press('Tab')
    expect(await focus.focusedName()).toBe('timer-start')
    await keys.press('Enter')
    await expectControl(
      els,
      (control) => control.timer?.durationMs === 180_000 && control.timer.runningSince !== null,
    )

    // Pause, resume, a minute more, and back to the start.
    await focus.tabTo('timer-pause')
    await keys.press('Space')
    await expectControl(
      els,
      (control) =>
        control.timer?.runningSince === null && (control.timer?.remainingMs ?? 0) < 180_000,
    )
    await focus.tabTo('timer-resume')
    await keys.press('Enter')
    await expectControl(els, (control) => control.timer?.runningSince !== null)
    await focus.tabTo('timer-add-minute')
    await keys.press('Enter')
    await expectControl(
      els,
      (control) =>
        (control.timer?.remainingMs ?? 0) > 200_000 && (control.timer?.durationMs ?? 0) > 200_000,
    )
    await focus.tabTo('timer-reset')
    await keys.press('Space')
    await expectControl(
      els,
      (control) =>
        control.timer !== null &&
        control.timer.runningSince === null &&
        control.timer.remainingMs === control.timer.durationMs,
    )

    // Everyone follows me, and no longer.
    await focus.tabTo('follow-toggle')
    await keys.press('Enter')
    await expectControl(els, (control) => control.follow.leaderPublicId === me)
    await focus.tabTo('follow-toggle')
    expect(await els.panel.followToggle.getAttribute('aria-pressed')).toBe('true')
    await keys.press('Space')
    await expectControl(els, (control) => control.follow.leaderPublicId === null)

    // A cap of seven: type it, then Bewaren.
    await focus.tabTo('cap-input')
    await keys.press('ControlOrMeta+a')
    await keys.type('7')
    await keys.press('Tab')
    expect(await focus.focusedName()).toBe('cap-save')
    await keys.press('Enter')
    await expectControl(els, (control) => control.settings.cap === 7)

    // Close the session. The page asks with the browser's own confirmation dialog; a test
    // cannot press its keys, so it is answered with OK, as Enter would.
    await focus.tabTo('session-close')
    const asked = new Promise<string>((resolve) => {
      els.page.once('dialog', (dialog) => {
        resolve(dialog.message())
        void dialog.accept()
      })
    })
    await keys.press('Enter')
    expect(await withTimeout(asked, 5_000, 'closing asked no confirmation')).toContain(
      'De sessie sluiten?',
    )
    await expectControl(els, (control) => control.settings.closed)
    // While closed, reopening, deleting the session, how long it is kept, or taking and
    // sharing its record is all that is left.
    await expect
      .poll(
        // A disclosure's summary stays focusable in a disabled fieldset: opening it is harmless.
        async () => (await focus.reachableWithin(PANEL)).filter((name) => name !== 'summary'),
        { timeout: 5_000 },
      )
      // The record can be read, downloaded and shared from a closed session too: that is
      // when people want it.
      .toEqual([
        'facilitator-panel-close',
        'record-view',
        'record-download-pdf',
        'record-download',
        'record-sharing',
        'session-fold-summary',
        'session-reopen',
        'retention-select',
        'retention-save',
        'session-delete',
      ])

    await focus.tabTo('session-reopen')
    await keys.press('Enter')
    await expectControl(els, (control) => !control.settings.closed)

    // Escape closes the panel and gives the focus back to the button that opened it.
    await focus.tabTo('session-close')
    await keys.press('Escape')
    await els.panel.panel.waitFor({ state: 'detached', timeout: 5_000 })
    expect(await focus.focusedName()).toBe('facilitator-panel-toggle')
    expect(await els.panel.toggle.getAttribute('aria-expanded')).toBe('false')
  })

  test('a panel button keeps the keyboard focus after it was pressed, so pressing it again works', async ({
    cast,
    server,
  }) => {
    const { els, anna, command } = await facilitatorAndOne(cast, server.url)
    await command({ type: 'template.load', templateId: 'casusbespreking', origin: { x: 0, y: 0 } })
    await expectControl(els, (control) => control.activity?.phaseIndex === 0)
    await acknowledgeCaseReminder([els, anna])
    const { focus } = els
    // A school or community-centre Wi-Fi: each command takes a few hundred milliseconds.
    await els.page.route('**/api/sessions/*/control', async (route) => {
      await sleep(300)
      await route.continue()
    })
    // Closing the reminder leaves the focus where the dialog was (in the case strip), so the
    // top bar's toggle is a few Shift+Tabs back.
    await focus.tabTo('facilitator-panel-toggle', 'backward', 12)
    await els.page.keyboard.press('Enter')
    await els.panel.panel.waitFor({ state: 'visible', timeout: 5_000 })

    await focus.tabTo('phase-next')
    await els.page.keyboard.press('Enter')
    await expectControl(els, (control) => control.activity?.phaseIndex === 1)
    // The button is busy (disabled) while its command is under way; the focus must survive.
    expect(await focus.focusedName()).toBe('phase-next')
    await els.page.keyboard.press('Enter')
    await expectControl(els, (control) => control.activity?.phaseIndex === 2)
  })
})
