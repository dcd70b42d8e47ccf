import { type ControlState, casusbespreking, getTemplate, readSlice } from '@reflectiebord/shared'
import type { HookWindow } from './fixtures/boardHook.ts'
import { createFacilitatedSession, waitUntilOnline } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { waitForStillCamera } from './fixtures/stillCamera.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { CasusView } from './pages/CasusView.ts'

/** What the server writes into a blanked-out note (server/src/control/redactShape.ts). */
const REDACTED_TEXT = 'Afgeschermd door de begeleider · Hidden by the facilitator'

function template(id: string) {
  const found = getTemplate(id)
  if (!found) throw new Error(`the ${id} template is missing from shared`)
  return found
}

/** The zone of the active method with this area id, from one person's control state. */
async function zone(person: Person, areaId: string) {
  const control: ControlState = await person.facilitation.control()
  const found = control.areas.find(
    (area) => area.instanceId === control.activity?.instanceId && area.areaId === areaId,
  )
  if (!found) throw new Error(`no zone ${areaId} in the active method`)
  return found
}

/** Puts the middle of a zone in the middle of this person's view, at 100%. */
async function lookAtZone(person: Person, areaId: string): Promise<void> {
  const area = await zone(person, areaId)
  await person.board.lookAt({ x: area.x + area.w / 2, y: area.y + area.h / 2 + 100 }, 1)
}

async function screenshot(person: Person, name: string): Promise<void> {
  await person.page.screenshot({ path: resultPath(`casus-${name}.png`), timeout: 10_000 })
}

async function expectPhase(people: Person[], title: string | undefined): Promise<void> {
  for (const person of people) {
    await expect.poll(() => person.facilitation.phaseTitleText(), { timeout: 15_000 }).toBe(title)
  }
}

/** Presses Tab (or Shift+Tab) to a panel button and Enter, as a keyboard-only facilitator. */
async function pressWithKeyboard(
  person: Person,
  testId: string,
  direction: 'forward' | 'backward' = 'forward',
): Promise<void> {
  await person.focus.tabTo(testId, direction)
  await person.page.keyboard.press('Enter')
}

function noteMeta(person: Person, id: string): Promise<Record<string, unknown> | null> {
  return person.page.evaluate((id) => {
    const hook = (globalThis as unknown as HookWindow).__reflectiebord
    const shape = hook?.getShapes().find((s) => s.id === id)
    return shape ? (shape.meta as Record<string, unknown>) : null
  }, id)
}

async function noteText(person: Person, id: string): Promise<string | undefined> {
  return (await person.board.notes()).find((note) => note.id === id)?.text
}

function expectNoPageErrors(people: Person[]): void {
  for (const person of people) expect(person.pageErrors, person.name).toEqual([])
}

describe('a case discussion (casusbespreking)', () => {
  test('the short method from start to takeaway, with a case-bringer, a redaction and the analysis columns', async ({
    cast,
    server,
  }) => {
    const kort = template('casusbespreking-kort')
    const session = await createFacilitatedSession(server.url, 'Intervisie consultatiebureau')
    const els = await cast.enter('Els')
    const ines = await cast.enter('Ines')
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    const everyone = [els, ines, anna, bram]
    const casus = new Map(everyone.map((person) => [person, new CasusView(person.page)]))
    const view = (person: Person) => casus.get(person) as CasusView
    await els.joinBoard(session.facilitatorLink)
    for (const person of [ines, anna, bram]) await person.joinBoard(session.participantLink)
    await waitUntilOnline(els, ['Anna', 'Bram', 'Els', 'Ines'])

    // The facilitator starts the short method from the case section of the panel.
    await els.panel.open()
    await view(els).method('casusbespreking-kort').click({ timeout: 5_000 })
    await expectPhase(everyone, kort.phases[0]?.title.nl)

    // Everyone is reminded of privacy, once, and answers OK.
    await view(anna).privacyReminder.waitFor({ state: 'visible', timeout: 15_000 })
    await screenshot(anna, 'privacy')
    for (const person of everyone) {
      expect(await view(person).acknowledgePrivacy()).toContain(
        'Gebruik geen namen of herkenbare details van gezinnen',
      )
    }

    // Ines is named case-bringer: everyone sees the badge, an icon and the word.
    const inesId = await ines.facilitation.myPublicId()
    await view(els).chooseBringer('Ines')
    for (const person of everyone) {
      await view(person).bringerBadge.waitFor({ state: 'visible', timeout: 15_000 })
      expect(await view(person).bringerBadge.textContent()).toBe('Inbrenger')
      expect(await view(person).bringerBadge.locator('svg').count()).toBe(1)
      expect(await view(person).bringerName.textContent()).toContain('Ines')
    }
    expect(await view(ines).bringerName.textContent()).toBe('Ines (jij)')
    expect(readSlice(await els.facilitation.control(), casusbespreking)?.bringerPublicId).toBe(
      inesId,
    )

    // A practice case: everyone reads its title, situation and question.
    await view(els).example('stille-wachtruimte').click({ timeout: 5_000 })
    for (const person of everyone) {
      await view(person).exampleCard.waitFor({ state: 'visible', timeout: 15_000 })
      const card = (await view(person).exampleCard.textContent()) ?? ''
      expect(card).toContain('De stille wachtruimte')
      expect(card).toContain('wachtruimte')
      expect(card).toContain('zonder dat het opgedrongen voelt?')
    }

    // Step 1: the case zone is lit up for everyone; only the case-bringer writes there.
    for (const person of everyone) {
      await expect.poll(() => view(person).currentZoneId(), { timeout: 10_000 }).toBe('casus')
      expect(await view(person).nudgeKind()).toBe('case-bringer')
    }
    await lookAtZone(ines, 'casus')
    await ines.board.addNote('Ouders in de wachtruimte spreken elkaar niet aan.', {
      x: 0.45,
      y: 0.55,
    })
    expect(await view(ines).bringerZoneWarning.count()).toBe(0)
    await lookAtZone(anna, 'casus')
    await anna.board.addNote('Ik zou ook koffie zetten', { x: 0.6, y: 0.55 })
    await view(anna).bringerZoneWarning.waitFor({ state: 'visible', timeout: 5_000 })
    expect(await view(anna).bringerZoneWarning.textContent()).toContain(
      'Deze zone is voor de inbrenger',
    )
    await screenshot(ines, 'case-bringer')

    // Step 2 by keyboard only: Tab to "Volgende fase", Enter.
    await els.page.keyboard.press('Escape')
    await els.panel.open()
    await pressWithKeyboard(els, 'phase-next')
    await expectPhase(everyone, kort.phases[1]?.title.nl)
    for (const person of everyone) {
      await expect.poll(() => view(person).currentZoneId(), { timeout: 10_000 }).toBe('vragen')
      expect(await view(person).nudgeKind()).toBe('questions-only')
      expect(await view(person).nudge.textContent()).toContain('Een briefje is hier een vraag')
    }
    // The warning of the last step does not follow Anna into this one.
    expect(await view(anna).bringerZoneWarning.count()).toBe(0)

    // Questions: a note with a question mark reads as a question; one without is asked about.
    await lookAtZone(anna, 'vragen')
    const question = await anna.board.addNote('Sinds wanneer is het zo stil?', { x: 0.4, y: 0.5 })
    await lookAtZone(bram, 'vragen')
    const tip = await bram.board.addNote('Zet eens speelgoed in het midden', { x: 0.6, y: 0.5 })
    for (const person of [anna, bram]) {
      await expect
        .poll(
          async () =>
            (await view(person).badges()).sort((a, b) => (a.shapeId < b.shapeId ? -1 : 1)),
          {
            timeout: 10_000,
          },
        )
        .toEqual(
          [
            { shapeId: question, question: true },
            { shapeId: tip, question: false },
          ].sort((a, b) => (a.shapeId < b.shapeId ? -1 : 1)),
        )
    }
    await screenshot(bram, 'questions')

    // The shared timer, one minute; a reload mid-step comes back to the same step and time.
    await els.panel.startTimer(1)
    for (const person of everyone) {
      await expect
        .poll(async () => (await person.facilitation.timer())?.running, { timeout: 15_000 })
        .toBe(true)
    }
    await bram.reload()
    await expectPhase([bram], kort.phases[1]?.title.nl)
    await expect
      .poll(async () => (await bram.facilitation.timer())?.running, { timeout: 15_000 })
      .toBe(true)
    // Give the clock offset a moment to be measured after the reload.
    await bram.page.waitForTimeout(1_000)
    const [afterReload, reference] = await Promise.all([
      bram.facilitation.timer(),
      els.facilitation.timer(),
    ])
    if (!afterReload || !reference) throw new Error('a timer vanished')
    const elapsedBetweenReads = afterReload.readAt - reference.readAt
    expect(
      Math.abs(afterReload.remainingMs - (reference.remainingMs - elapsedBetweenReads)),
    ).toBeLessThanOrEqual(1_000)
    expect(afterReload.remainingMs).toBeGreaterThan(30_000)
    expect(afterReload.remainingMs).toBeLessThanOrEqual(60_000)
    // Once per session: no second privacy reminder after the reload.
    expect(await view(bram).privacyReminder.count()).toBe(0)
    expect(await view(bram).currentZoneId()).toBe('vragen')

    // Steps 3 and back and 3 again, by keyboard: Tab to the buttons, Enter.
    await pressWithKeyboard(els, 'phase-next')
    await expectPhase(everyone, kort.phases[2]?.title.nl)
    await pressWithKeyboard(els, 'phase-previous', 'backward')
    await expectPhase(everyone, kort.phases[1]?.title.nl)
    await pressWithKeyboard(els, 'phase-next')
    await expectPhase(everyone, kort.phases[2]?.title.nl)
    for (const person of everyone) {
      await expect.poll(() => view(person).currentZoneId(), { timeout: 10_000 }).toBe('adviezen')
      expect(await view(person).nudgeKind()).toBeNull()
    }

    // Advice; one slips in a recognisable detail.
    await lookAtZone(anna, 'adviezen')
    const slip = await anna.board.addNote('Vraag het aan mevrouw Peeters van nr. 12', {
      x: 0.4,
      y: 0.5,
    })
    await lookAtZone(bram, 'adviezen')
    await bram.board.addNote('Een vaste koffiehoek met een onthaalmedewerker', { x: 0.6, y: 0.5 })

    // The timer runs out for everyone (a few seconds, sent straight to the API).
    await session.command({ type: 'timer.start', durationMs: 2_000 })
    for (const person of everyone) {
      await person.page.getByTestId('timer-expired').waitFor({ state: 'visible', timeout: 15_000 })
    }

    // The facilitator blanks out the note for everyone, after a confirmation.
    await els.page.evaluate((id) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      hook?.editor.select(id as never)
    }, slip)
    await view(els).redact.waitFor({ state: 'visible', timeout: 5_000 })
    const asked = new Promise<string>((resolve) => {
      els.page.once('dialog', (dialog) => {
        resolve(dialog.message())
        void dialog.accept()
      })
    })
    await view(els).redact.click({ timeout: 5_000 })
    expect(await asked).toContain('afschermen')
    for (const person of everyone) {
      await expect.poll(() => noteText(person, slip), { timeout: 15_000 }).toBe(REDACTED_TEXT)
    }
    // Anna's undo cannot bring her old text back: her history was cleared when it arrived.
    await anna.board.undo()
    await anna.board.undo()
    await anna.page.waitForTimeout(500)
    for (const person of everyone) expect(await noteText(person, slip)).toBe(REDACTED_TEXT)
    await anna.reload()
    await expect.poll(() => noteText(anna, slip), { timeout: 15_000 }).toBe(REDACTED_TEXT)
    expect(await view(els).redact.count()).toBe(0)
    await screenshot(els, 'redacted')

    // Step 4: the case-bringer's takeaway; someone else gets a gentle word.
    await pressWithKeyboard(els, 'phase-next', 'forward')
    await expectPhase(everyone, kort.phases[3]?.title.nl)
    for (const person of everyone) {
      await expect
        .poll(() => view(person).currentZoneId(), { timeout: 10_000 })
        .toBe('wat-neem-ik-mee')
    }
    expect(await view(ines).nudge.textContent()).toContain('Jij bent de inbrenger')
    expect(await view(bram).nudge.textContent()).toContain('Alleen de inbrenger schrijft hier')
    await lookAtZone(ines, 'wat-neem-ik-mee')
    await ines.board.addNote('Ik probeer de koffiehoek met iemand erbij.', { x: 0.45, y: 0.5 })
    expect(await view(ines).bringerZoneWarning.count()).toBe(0)
    await lookAtZone(bram, 'wat-neem-ik-mee')
    await bram.board.addNote('Bedankt!', { x: 0.62, y: 0.5 })
    await view(bram).bringerZoneWarning.waitFor({ state: 'visible', timeout: 5_000 })
    await screenshot(bram, 'takeaway')

    // The six-step method's analysis: each participant writes in their own column.
    await view(els).method('casusbespreking').click({ timeout: 5_000 })
    await expectPhase(everyone, template('casusbespreking').phases[0]?.title.nl)
    await els.panel.phaseSet(2).click({ timeout: 5_000 })
    await expectPhase(everyone, template('casusbespreking').phases[2]?.title.nl)
    // No second privacy reminder in the same session.
    for (const person of everyone) expect(await view(person).privacyReminder.count()).toBe(0)
    const annaId = await anna.facilitation.myPublicId()
    for (const person of [anna, bram]) {
      await view(person).ownColumn.waitFor({ state: 'attached', timeout: 10_000 })
      expect(await view(person).ownColumn.textContent()).toContain('Jouw kolom')
      expect(await view(person).ownColumn.getAttribute('data-public-id')).toBe(
        await person.facilitation.myPublicId(),
      )
      expect(await view(person).columns.count()).toBe(1)
    }
    // The facilitator and the case-bringer listen: no column of their own.
    for (const person of [els, ines]) {
      await expect.poll(() => view(person).columns.count(), { timeout: 10_000 }).toBe(2)
      expect(await view(person).ownColumn.count()).toBe(0)
    }
    await view(anna).goToColumn.click({ timeout: 5_000 })
    await waitForStillCamera(anna)
    const analysis = await anna.board.addNote(
      'Ik zie ouders die moe zijn.',
      await view(anna).ownColumnPoint(anna.board.board),
    )
    expect((await noteMeta(anna, analysis))?.casusColumn).toBe(annaId)
    await screenshot(anna, 'analysis')

    // The case-bringer leaves: the case stays, everyone sees she is gone, and she is replaced.
    await cast.leave(ines)
    for (const person of [els, anna, bram]) {
      await view(person).bringerOffline.waitFor({ state: 'visible', timeout: 15_000 })
      expect(await view(person).bringerOffline.textContent()).toContain('(niet meer aanwezig)')
      expect(await view(person).exampleCard.count()).toBe(1)
    }
    await view(els).chooseBringer('Bram')
    for (const person of [els, anna, bram]) {
      await expect
        .poll(() => view(person).bringerName.textContent(), { timeout: 15_000 })
        .toContain('Bram')
      expect(await view(person).bringerOffline.count()).toBe(0)
    }
    expectNoPageErrors([els, anna, bram])
  }, 420_000)
})
