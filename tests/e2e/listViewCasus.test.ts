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
import { describe, expect, test } from './fixtures/test.ts'

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
    expect(await list.focusedText()).toBe('Vragen')
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
})
