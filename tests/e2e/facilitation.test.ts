import { type ExerciseTemplate, getTemplate, type TimerState } from '@reflectiebord/shared'
import type { HookWindow } from './fixtures/boardHook.ts'
import { acknowledgeCaseReminder } from './fixtures/caseReminder.ts'
import { facilitatorAndTwo } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { describe, expect, test } from './fixtures/test.ts'
import type { ZoneSummary } from './pages/FacilitationView.ts'

const LEFT = { x: 0.3, y: 0.45 }
const RIGHT = { x: 0.7, y: 0.45 }

function casusbespreking(): ExerciseTemplate {
  const template = getTemplate('casusbespreking')
  if (!template) throw new Error('the casusbespreking template is missing from shared')
  return template
}

/** Server time now, from the server's own clock endpoint, and the local time it was read at. */
async function serverNow(baseUrl: string): Promise<{ server: number; local: number }> {
  const sentAt = Date.now()
  const response = await fetch(`${baseUrl}/api/time`)
  const { now } = (await response.json()) as { now: number }
  const receivedAt = Date.now()
  return { server: now, local: (sentAt + receivedAt) / 2 }
}

/** Loads Casusbespreking as a setup step (straight to the API) and waits for its zones. */
async function withCasusbesprekingLoaded(
  command: (command: unknown) => Promise<void>,
  everyone: Person[],
): Promise<void> {
  await command({ type: 'template.load', templateId: 'casusbespreking', origin: { x: 0, y: 0 } })
  const count = casusbespreking().areas.length
  for (const person of everyone) {
    await expect.poll(() => person.facilitation.zones(), { timeout: 15_000 }).toHaveLength(count)
  }
  await acknowledgeCaseReminder(everyone)
}

/** Nobody's page threw: a facilitation feature that works but crashes a page is not done. */
function expectNoPageErrors(people: Person[]): void {
  for (const person of people) expect(person.pageErrors, person.name).toEqual([])
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

describe('facilitating a session with two participants', () => {
  test('a template loaded from the panel shows its zones and its first phase to everyone', async ({
    cast,
    server,
  }) => {
    const { els, everyone } = await facilitatorAndTwo(cast, server.url)
    const template = casusbespreking()
    for (const person of everyone) {
      expect(await person.facilitation.zones()).toEqual([])
      expect(await person.facilitation.phaseBanner.count()).toBe(0)
    }

    await els.panel.loadTemplate('casusbespreking')
    await acknowledgeCaseReminder(everyone)

    for (const person of everyone) {
      await expect
        .poll(() => person.facilitation.zones(), { timeout: 15_000 })
        .toHaveLength(template.areas.length)
      await expect
        .poll(() => person.facilitation.phaseTitleText(), { timeout: 15_000 })
        .toBe(template.phases[0]?.title.nl)
      expect(await person.facilitation.exerciseTitle.textContent()).toBe('Casusbespreking')
      expect((await person.facilitation.zones()).every((zone) => zone.isLocked)).toBe(true)
    }
    // The same zones in the same places for everyone: one truth, held by the server.
    const zonesOfEls = await els.facilitation.zones()
    for (const person of everyone) expect(await person.facilitation.zones()).toEqual(zonesOfEls)
    expectNoPageErrors(everyone)
  })

  test('moving to the next phase changes the phase title in everyone’s banner', async ({
    cast,
    server,
  }) => {
    const { els, everyone, command } = await facilitatorAndTwo(cast, server.url)
    await withCasusbesprekingLoaded(command, everyone)
    const [first, second] = casusbespreking().phases
    for (const person of everyone) {
      await expect
        .poll(() => person.facilitation.phaseTitleText(), { timeout: 15_000 })
        .toBe(first?.title.nl)
    }

    await els.panel.open()
    await els.panel.phaseNext.click({ timeout: 5_000 })

    for (const person of everyone) {
      await expect
        .poll(() => person.facilitation.phaseTitleText(), { timeout: 15_000 })
        .toBe(second?.title.nl)
    }
    // Every phase change sets the timer to the new phase's time box, running (the default).
    const timer = (await els.facilitation.control()).timer
    expect(timer?.durationMs).toBe((second?.durationMinutes ?? 0) * 60_000)
    for (const person of everyone) {
      await expect
        .poll(async () => (await person.facilitation.timer())?.running, { timeout: 15_000 })
        .toBe(true)
    }
    expectNoPageErrors(everyone)
  })

  test('the timer started by the facilitator shows the same time to everyone, and counts down', async ({
    cast,
    server,
  }) => {
    const { els, everyone } = await facilitatorAndTwo(cast, server.url)
    const before = await serverNow(server.url)

    await els.panel.startTimer(2)

    for (const person of everyone) {
      await expect
        .poll(async () => (await person.facilitation.timer())?.running, { timeout: 15_000 })
        .toBe(true)
    }
    const after = await serverNow(server.url)
    const readings = await Promise.all(everyone.map((person) => person.facilitation.timer()))
    const clock = await serverNow(server.url)
    const timer = (await els.facilitation.control()).timer as TimerState
    expect(timer.durationMs).toBe(120_000)
    // The server started it between the click and the moment everyone showed it running.
    expect(timer.runningSince).toBeGreaterThanOrEqual(before.server - 50)
    expect(timer.runningSince).toBeLessThanOrEqual(after.server + 50)

    const shown = readings.map((reading) => {
      if (!reading) throw new Error('a timer display vanished')
      return reading
    })
    // Read within a short window, so the displays can be compared with each other...
    const readAts = shown.map((reading) => reading.readAt)
    expect(Math.max(...readAts) - Math.min(...readAts)).toBeLessThan(500)
    const remaining = shown.map((reading) => reading.remainingMs)
    expect(Math.max(...remaining) - Math.min(...remaining)).toBeLessThanOrEqual(1_000)
    // ...and with what the server's clock says is left at the moment each was read.
    const offset = clock.server - clock.local
    for (const reading of shown) {
      const expected = 120_000 - (reading.readAt + offset - (timer.runningSince ?? 0))
      expect(Math.abs(reading.remainingMs - expected)).toBeLessThanOrEqual(1_000)
      expect(reading.digits).toMatch(/^[12]:\d{2}$/)
    }

    // It counts down: two seconds later every display shows about two seconds less.
    const first = shown[1] as (typeof shown)[number]
    await expect
      .poll(async () => (await everyone[1]?.facilitation.timer())?.remainingMs ?? 0, {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(first.remainingMs - 2_000)
    for (const person of everyone) {
      const now = await person.facilitation.timer()
      expect(now?.running).toBe(true)
      expect(now?.remainingMs).toBeLessThan(first.remainingMs - 1_500)
      expect(now?.digits).not.toBe(first.digits)
    }
    expectNoPageErrors(everyone)
  })

  test('a participant can neither move nor delete a locked zone, by mouse or keyboard', async ({
    cast,
    server,
  }) => {
    const { anna, everyone, command } = await facilitatorAndTwo(cast, server.url)
    await withCasusbesprekingLoaded(command, everyone)
    const original = await anna.facilitation.zones()
    const zone = original[0] as ZoneSummary

    // Drag the zone by its top edge and by its title, as someone trying to move it would.
    const topEdge = { x: zone.x + zone.w / 2, y: zone.y }
    await anna.board.lookAt({ x: topEdge.x, y: topEdge.y + 200 }, 0.5)
    for (const grip of [topEdge, { x: zone.x + 60, y: zone.y + 40 }]) {
      const from = await anna.board.pageToScreen(grip)
      await anna.page.mouse.move(from.x, from.y)
      await anna.page.mouse.down()
      await anna.page.mouse.move(from.x + 150, from.y + 120, { steps: 8 })
      await anna.page.mouse.up()
      await anna.page.keyboard.press('Delete')
    }
    expect(await anna.facilitation.zones()).toEqual(original)

    // Select it through the editor and press Delete and Backspace.
    await anna.page.evaluate((id) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      hook?.editor.select(id as never)
    }, zone.id)
    expect(await anna.board.selectedIds()).toEqual([zone.id])
    await anna.page.keyboard.press('Delete')
    await anna.page.keyboard.press('Backspace')
    expect(await anna.facilitation.zones()).toEqual(original)

    // Select everything and delete it: her own note goes, the zones stay.
    await anna.board.addNote('Mag weg', LEFT)
    await expect
      .poll(() => everyone[0]?.board.noteTexts(), { timeout: 15_000 })
      .toEqual(['Mag weg'])
    await anna.page.keyboard.press('ControlOrMeta+a')
    await anna.page.keyboard.press('Delete')
    for (const person of everyone) {
      await expect.poll(() => person.board.notes(), { timeout: 15_000 }).toEqual([])
      expect(await person.facilitation.zones()).toEqual(original)
    }
    expectNoPageErrors(everyone)
  })

  test('follow-me brings the participants to the facilitator’s view until one of them stops following', async ({
    cast,
    server,
  }) => {
    const { els, anna, bram } = await facilitatorAndTwo(cast, server.url)
    await anna.board.lookAt({ x: -3_000, y: -2_000 })
    await bram.board.lookAt({ x: 2_500, y: -1_500 })

    await els.panel.open()
    await els.panel.followToggle.click({ timeout: 5_000 })
    await expect
      .poll(() => els.panel.followToggle.getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true')
    const here = { x: 4_000, y: 3_000 }
    await els.board.lookAt(here)
    expect(distance(await els.board.viewCenter(), here)).toBeLessThan(1)

    // tldraw fits the leader's view into the follower's screen; boards of different heights
    // (each person has other banners) need not share the exact centre, so allow a few dozen
    // page units (a few dozen pixels at 100%) after starting thousands of units apart.
    const leaderId = `user:${await els.facilitation.myPublicId()}`
    for (const follower of [anna, bram]) {
      await expect
        .poll(async () => distance(await follower.board.viewCenter(), here), { timeout: 15_000 })
        .toBeLessThan(50)
      expect(await follower.board.followState(here)).toEqual({
        sees: true,
        followingUserId: leaderId,
      })
      await expect
        .poll(() => follower.facilitation.followBanner.getAttribute('data-status'), {
          timeout: 5_000,
        })
        .toBe('following')
    }

    await anna.facilitation.stopFollowing.click({ timeout: 5_000 })
    await expect
      .poll(() => anna.facilitation.followBanner.getAttribute('data-status'), { timeout: 5_000 })
      .toBe('dismissed')
    const annasCamera = await anna.board.camera()
    const there = { x: -5_000, y: 6_000 }
    await els.board.lookAt(there)

    // Bram still follows, so the move went out; Anna has seen it arrive, and stays put.
    await expect
      .poll(async () => distance(await bram.board.viewCenter(), there), { timeout: 15_000 })
      .toBeLessThan(50)
    await expect
      .poll(
        async () => {
          const seen = await anna.board.presenceViewCenter('Els')
          return seen ? distance(seen, there) : Number.POSITIVE_INFINITY
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(5)
    expect(await anna.board.camera()).toEqual(annasCamera)
    // Where following had brought her: the leader's view fitted to her screen (see above).
    expect(distance(await anna.board.viewCenter(), here)).toBeLessThan(50)
    expectNoPageErrors([els, anna, bram])
  })

  test('a participant cap of two turns away a third participant with the Dutch “sessie is vol” page', async ({
    cast,
    server,
  }) => {
    const { els, anna, bram, participantLink } = await facilitatorAndTwo(cast, server.url)

    await els.panel.setCap(2)
    await expect
      .poll(async () => (await els.facilitation.control()).settings.cap, { timeout: 10_000 })
      .toBe(2)
    await expect
      .poll(() => els.panel.capUsage.textContent(), { timeout: 5_000 })
      .toContain('2 van 2 plaatsen bezet')
    // Facilitators do not count towards the cap: Els leaving frees no place, and a browser.
    await cast.leave(els)

    const carla = await cast.enter('Carla')
    await carla.join.goto(participantLink)
    await carla.join.waitForNameForm()
    await carla.join.submitName('Carla')

    await carla.join.sessionFull.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await carla.join.sessionFull.getByRole('heading').textContent()).toBe(
      'Deze sessie is vol',
    )
    expect(await carla.join.sessionFull.textContent()).toContain('maximum aantal deelnemers')
    expect(await carla.board.board.count()).toBe(0)
    // The two already there keep their places.
    for (const person of [anna, bram]) expect(await person.board.status()).toBe('connected')
    await expect
      .poll(
        async () =>
          (await anna.facilitation.control()).people
            .filter((person) => person.online)
            .map((person) => person.name)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual(['Anna', 'Bram'])
    expectNoPageErrors([anna, bram, carla])
  })

  test('a closed session is read-only for participants until the facilitator reopens it', async ({
    cast,
    server,
  }) => {
    const { els, anna, bram, everyone } = await facilitatorAndTwo(cast, server.url)

    const question = await els.panel.closeSession()
    expect(question).toContain('De sessie sluiten?')

    for (const participant of [anna, bram]) {
      await participant.facilitation.sessionClosedBanner.waitFor({
        state: 'visible',
        timeout: 15_000,
      })
      expect(await participant.facilitation.sessionClosedBanner.textContent()).toContain(
        'Deze sessie is afgesloten',
      )
      await expect.poll(() => participant.facilitation.isReadonly(), { timeout: 5_000 }).toBe(true)
    }
    await anna.board.tryToAddNote('Geschreven na het sluiten', LEFT)
    expect(await anna.board.currentToolId()).not.toBe('note')
    expect(await anna.board.notes()).toEqual([])

    await els.panel.reopenSession()
    for (const participant of [anna, bram]) {
      await expect
        .poll(() => participant.facilitation.isReadonly(), { timeout: 15_000 })
        .toBe(false)
      await participant.facilitation.sessionClosedBanner.waitFor({
        state: 'detached',
        timeout: 5_000,
      })
    }
    await anna.board.addNote('Na het heropenen', RIGHT)

    // Had the note from the closed session been kept anywhere, reopening would bring it back.
    for (const person of everyone) {
      await expect
        .poll(() => person.board.noteTexts(), { timeout: 15_000 })
        .toEqual(['Na het heropenen'])
    }
    expectNoPageErrors(everyone)
  })
})
