import type { HookWindow } from './fixtures/boardHook.ts'
import { createFacilitatedSession, waitUntilOnline } from './fixtures/facilitatedSession.ts'
import {
  ARRIVES,
  activeZone,
  announced,
  listOnlyByKeyboard,
  notesIn,
  recordAnnouncements,
} from './fixtures/listView.ts'
import type { Person } from './fixtures/Person.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { ListViewPage } from './pages/ListViewPage.ts'

function selectedOnCanvas(person: Person): Promise<string[]> {
  return person.page.evaluate(() => {
    const hook = (globalThis as unknown as HookWindow).__reflectiebord
    return (hook?.editor.getSelectedShapeIds() as string[] | undefined) ?? []
  })
}

const QUESTION = 'Wat heeft de moeder zelf gevraagd?'
const BETTER = 'Wat heeft de moeder zelf gevraagd, en aan wie?'

describe('the list view in a case discussion, with the keyboard only', () => {
  test('a participant without the canvas adds a note to the step’s zone, edits it and deletes it; the canvas follows', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie Huis van het Kind Gent')
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(session.participantLink)
    await bram.joinBoard(session.participantLink)
    await waitUntilOnline(bram, ['Anna', 'Bram'])
    const keys = anna.page.keyboard

    // Anna works without the canvas, from the first key on.
    const list = await listOnlyByKeyboard(anna)

    // The facilitator (through the API) starts the short method; Bram brings the case.
    await session.command({
      type: 'template.load',
      templateId: 'casusbespreking-kort',
      origin: { x: 0, y: 0 },
    })
    await session.command({ type: 'case.bringer', publicId: await bram.facilitation.myPublicId() })
    // Everyone is reminded of privacy first, also in the list view: Enter on its OK.
    const reminder = anna.page.getByTestId('casus-privacy-reminder')
    await reminder.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await anna.focus.focusedName()).toBe('casus-privacy-ok')
    await keys.press('Enter')
    await reminder.waitFor({ state: 'hidden', timeout: 5_000 })
    const bramReminder = bram.page.getByTestId('casus-privacy-ok')
    await bramReminder.waitFor({ state: 'visible', timeout: 15_000 })
    await bram.page.keyboard.press('Enter')

    await session.command({ type: 'phase.set', index: 1 })
    await expect
      .poll(() => list.now.getByTestId('list-phase').textContent(), ARRIVES)
      .toBe('Fase 2 van 4: 2. Doorvragen')
    // Moving on is told politely, without leaving the list.
    await expect
      .poll(() => list.now.getByTestId('list-phase-announcement').textContent(), ARRIVES)
      .toBe('Nu: Korte casusbespreking. Fase 2 van 4: 2. Doorvragen.')
    expect(await list.now.getByTestId('list-casus-bringer').textContent()).toBe('Bram')
    expect(await list.now.getByTestId('list-casus-nudge').textContent()).toContain('vraag')
    const questions = await activeZone(anna, 'vragen')

    // Add: Tab to the step's own form at the top, type, Tab to "Toevoegen", Enter.
    await anna.focus.tabTo('list-add-text')
    expect((await anna.focus.focused('list-now-write')).inside).toBe(true)
    await keys.type(QUESTION)
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-add-submit')
    await keys.press('Enter')
    // Bram, on the canvas, sees it in the zone of this step.
    await expect.poll(() => notesIn(bram, questions), ARRIVES).toEqual([QUESTION])
    // Anna's list shows it in the zone, as hers; the field is empty again and keeps the focus.
    await expect.poll(() => list.texts(list.zone('vragen')), ARRIVES).toEqual([QUESTION])
    expect((await list.entries(list.zone('vragen')))[0]?.mine).toBe(true)
    expect(await anna.focus.focusedName()).toBe('list-add-text')
    expect(await list.now.getByTestId('list-add-text').inputValue()).toBe('')
    await expect
      .poll(() => list.status.textContent(), ARRIVES)
      .toBe('Notitie toegevoegd in Vragen.')

    // Edit: Tab to "Bewerken" at her note, Enter, replace the words, save.
    await anna.focus.tabTo('list-item-edit')
    expect(await anna.focus.focusedName()).toBe('list-item-edit')
    await keys.press('Enter')
    await expect.poll(() => anna.focus.focusedName(), ARRIVES).toBe('list-edit-text')
    await keys.press('ControlOrMeta+a')
    await keys.type(BETTER)
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-edit-save')
    await keys.press('Enter')
    await expect.poll(() => notesIn(bram, questions), ARRIVES).toEqual([BETTER])
    await expect.poll(() => list.texts(list.zone('vragen')), ARRIVES).toEqual([BETTER])
    // The focus is back where editing started.
    await expect.poll(() => anna.focus.focusedName(), ARRIVES).toBe('list-item-edit')

    // Delete: the next Tab is "Verwijderen"; Enter. The focus goes to the zone's heading.
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-item-delete')
    await keys.press('Enter')
    await expect.poll(() => notesIn(bram, questions), ARRIVES).toEqual([])
    await expect.poll(() => list.texts(list.zone('vragen')), ARRIVES).toEqual([])
    // The heading says this is the zone of the step now, as the canvas lights it up.
    expect(await list.focusedText()).toBe('Vragen, nu bezig')
    await expect
      .poll(() => list.status.textContent(), ARRIVES)
      .toBe('Notitie verwijderd uit Vragen.')
    // The canvas was never in the way: hidden, and never took a key.
    expect(await list.canvasVisible()).toBe(false)
    expect(anna.pageErrors).toEqual([])
    expect(bram.pageErrors).toEqual([])
  })

  test('other people’s notes are announced politely, in one batch per zone, not per keystroke', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie Huis van het Kind Gent')
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(session.participantLink)
    await bram.joinBoard(session.participantLink)
    await waitUntilOnline(bram, ['Anna', 'Bram'])
    const list = await listOnlyByKeyboard(anna)
    await session.command({
      type: 'template.load',
      templateId: 'casusbespreking-kort',
      origin: { x: 0, y: 0 },
    })
    await session.command({ type: 'phase.set', index: 1 })
    for (const person of [anna, bram]) {
      await person.page
        .getByTestId('casus-privacy-ok')
        .waitFor({ state: 'visible', timeout: 15_000 })
      await person.page.keyboard.press('Enter')
    }
    const questions = await activeZone(bram, 'vragen')
    expect(await list.changes.getAttribute('aria-live')).toBe('polite')
    await recordAnnouncements(anna, 'list-changes')

    // Bram writes one note on the canvas, key by key.
    await bram.board.lookAt({ x: questions.x + questions.w / 2, y: questions.y + questions.h / 2 })
    await bram.board.addNote('Hoe oud zijn de kinderen?', { x: 0.5, y: 0.5 })
    await expect.poll(() => announced(anna), ARRIVES).toEqual(['1 nieuwe notitie in Vragen.'])

    // Three notes arrive at once (a paste): one sentence, counted.
    await bram.page.evaluate(
      ({ zone, texts }) => {
        const hook = (globalThis as unknown as HookWindow).__reflectiebord
        if (!hook) throw new Error('no hook')
        const rich = (text: string) => ({
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        })
        hook.editor.createShapes(
          texts.map((text, index) => ({
            id: `shape:plak-${index}` as never,
            type: 'note',
            x: zone.x + 40 + index * 220,
            y: zone.y + 600,
            props: { richText: rich(text) },
          })),
        )
      },
      { zone: questions, texts: ['Een', 'Twee', 'Drie'] },
    )
    await expect
      .poll(() => announced(anna), ARRIVES)
      .toEqual(['1 nieuwe notitie in Vragen.', '3 nieuwe notities in Vragen.'])
    expect(await list.texts(list.zone('vragen'))).toHaveLength(4)
    expect(anna.pageErrors).toEqual([])
  })

  test('with the canvas beside the list, selecting in one selects in the other', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie Huis van het Kind Gent')
    const anna = await cast.enter('Anna')
    await anna.joinBoard(session.participantLink)
    await session.command({
      type: 'template.load',
      templateId: 'casusbespreking-kort',
      origin: { x: 0, y: 0 },
    })
    await anna.page.getByTestId('casus-privacy-ok').waitFor({ state: 'visible', timeout: 15_000 })
    await anna.page.keyboard.press('Enter')
    await session.command({ type: 'phase.set', index: 1 })
    const list = new ListViewPage(anna.page)
    await anna.focus.tabTo('list-view-toggle')
    await anna.page.keyboard.press('Enter')
    await list.root.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await list.canvasVisible()).toBe(true)

    // Two notes, written from the list.
    const form = list.now.getByTestId('list-now-write')
    for (const text of ['Eerste vraag?', 'Tweede vraag?']) {
      await form.getByTestId('list-add-text').fill(text, { timeout: 5_000 })
      await form.getByTestId('list-add-submit').click({ timeout: 5_000 })
    }
    await expect.poll(() => list.texts(list.zone('vragen')), ARRIVES).toHaveLength(2)
    const [first, second] = await list.entries(list.zone('vragen'))
    if (!first || !second) throw new Error('two entries expected')

    // List to canvas: "Toon op het bord" at the second note selects it there.
    const secondEntry = list.root.locator(`[data-shape-id="${second.shapeId}"]`)
    await secondEntry.getByTestId('list-item-select').focus()
    await anna.page.keyboard.press('Enter')
    await expect.poll(() => selectedOnCanvas(anna), ARRIVES).toEqual([second.shapeId])
    await expect
      .poll(async () => (await list.entries(list.zone('vragen'))).map((e) => e.selected), ARRIVES)
      .toEqual([false, true])
    expect(await secondEntry.getByTestId('list-item-select').getAttribute('aria-pressed')).toBe(
      'true',
    )

    // Canvas to list: clicking the first note on the canvas marks it in the list.
    const point = await anna.page.evaluate((id) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('no hook')
      const bounds = hook.editor.getShapePageBounds(id as never)
      if (!bounds) throw new Error('no bounds')
      hook.editor.centerOnPoint(bounds.center)
      return hook.editor.pageToScreen(bounds.center)
    }, first.shapeId)
    await anna.page.mouse.click(point.x, point.y)
    await expect.poll(() => selectedOnCanvas(anna), ARRIVES).toEqual([first.shapeId])
    await expect
      .poll(async () => (await list.entries(list.zone('vragen'))).map((e) => e.selected), ARRIVES)
      .toEqual([true, false])
    expect(
      await list.root
        .locator(`[data-shape-id="${first.shapeId}"]`)
        .locator('.list-item__tag--selected')
        .textContent(),
    ).toContain('geselecteerd op het bord')
    // Back on the canvas, tldraw has its keys again: "r" picks the rectangle tool.
    await anna.page.keyboard.press('Escape')
    await anna.page.keyboard.press('r')
    await expect.poll(() => anna.board.currentToolId(), ARRIVES).toBe('geo')
    expect(anna.pageErrors).toEqual([])
  })
})
