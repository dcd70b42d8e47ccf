import { createFacilitatedSession, facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import { ARRIVES, listOnlyByKeyboard, reloadIntoList } from './fixtures/listView.ts'
import {
  boxOf,
  defaultStatement,
  defaultText,
  expectNoPageErrors,
  waitForVoteCount,
} from './fixtures/stoplichtSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

const FIRST = 'houding-inspraak'
const SECOND = 'toegang-uren'

describe('the list view in the stoplicht game, with the keyboard only', () => {
  test('a participant without the canvas votes in the round the facilitator opens and reads the result after the reveal', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndOne(cast, server.url)
    const { els, anna } = session
    const keys = anna.page.keyboard
    const list = await listOnlyByKeyboard(anna)

    await session.command({
      type: 'template.load',
      templateId: 'stoplichtspel',
      origin: { x: 0, y: 0 },
    })
    await session.command({
      type: 'stoplicht.setup',
      statements: [defaultStatement(FIRST), defaultStatement(SECOND)],
    })
    await session.command({ type: 'phase.set', index: 1 })
    await session.command({ type: 'stoplicht.open', statementId: FIRST })
    const boxId = boxOf(FIRST, 1)

    // What is asked now is at the top: the statement, and three cards with shape and word.
    const vote = list.now.getByTestId('list-vote')
    await vote.waitFor({ state: 'visible', timeout: 15_000 })
    expect(await vote.getByTestId('list-vote-statement').textContent()).toBe(defaultText(FIRST))
    expect(await list.now.getByTestId('list-phase').textContent()).toBe('Fase 2 van 4: Stemrondes')
    // The strip that says so above the canvas is hidden with it: the list tells it instead.
    const told = list.now.getByTestId('list-vote-announcement')
    await expect
      .poll(() => told.textContent(), ARRIVES)
      .toBe(`Nieuwe stelling om over te stemmen: ${defaultText(FIRST)} Kies met 1, 2 of 3.`)

    // Tab to the first card, Space: the vote is in, on the server too.
    const presses = await anna.focus.tabTo('vote-card-groen')
    expect(presses).toBeLessThanOrEqual(8)
    expect((await anna.focus.focused('list-vote')).inside).toBe(true)
    await keys.press('Space')
    await expect
      .poll(() => vote.getByTestId('list-vote-status').getAttribute('data-vote'), ARRIVES)
      .toBe('groen')
    expect(await vote.getByTestId('list-vote-status').textContent()).toContain(
      'Je stem is binnen: Groen',
    )
    // Els, on the canvas, sees one vote come in (never whose).
    await waitForVoteCount(els, boxId, 1)
    await expect.poll(() => els.vote.count.getAttribute('data-count'), ARRIVES).toBe('1')

    // Changing her mind: Tab, Tab to rood, Enter. Still one vote.
    await keys.press('Tab')
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('vote-card-rood')
    await keys.press('Enter')
    await expect
      .poll(() => vote.getByTestId('list-vote-status').getAttribute('data-vote'), ARRIVES)
      .toBe('rood')
    expect(await vote.getByTestId('vote-card-rood').getAttribute('aria-pressed')).toBe('true')
    await waitForVoteCount(els, boxId, 1)

    // The reveal: the tally by shape, word and number, and what she chose.
    await session.command({ type: 'stoplicht.reveal' })
    const result = list.now.getByTestId('list-vote-result')
    await result.waitFor({ state: 'visible', timeout: 15_000 })
    const tally = await result.locator('.tally__row').evaluateAll((rows) =>
      (rows as unknown as { textContent: string | null; querySelector(s: string): unknown }[]).map(
        (row) => ({
          text: row.textContent?.replace(/\s+/g, ' ').trim(),
          shape: row.querySelector('svg') !== null,
        }),
      ),
    )
    expect(tally).toEqual([
      { text: 'Groen: 0 van 1', shape: true },
      { text: 'Oranje: 0 van 1', shape: true },
      { text: 'Rood: 1 van 1', shape: true },
    ])
    expect(await result.getByTestId('list-vote-mine').textContent()).toBe('Jij koos Rood.')
    await expect
      .poll(() => told.textContent(), ARRIVES)
      .toBe('Resultaat: 0 groen, 0 oranje, 1 rood.')
    // Under the exercise's zones, the results so far: a table with shape symbols and words.
    const results = list.root.getByTestId('list-vote-results')
    await results.waitFor({ state: 'visible', timeout: 5_000 })
    const headers = await results.locator('th[scope="col"]').allTextContents()
    expect(headers).toEqual(['Ronde', '● Groen', '▲ Oranje', '■ Rood', 'Totaal'])
    expect(await results.locator('tbody tr').first().locator('td').allTextContents()).toEqual([
      '0',
      '0',
      '1',
      '1',
    ])

    // With the focus in the list, tldraw's keys stay quiet: "r" does not pick its rectangle.
    await keys.press('r')
    await keys.press('Delete')
    expect(await anna.board.currentToolId()).toBe('select')

    // The browser remembers: after a reload the list is back, the canvas stays hidden.
    const again = await reloadIntoList(anna)
    expect(await again.canvasVisible()).toBe(false)
    expect(await again.toggle.getAttribute('aria-pressed')).toBe('true')
    await again.now.getByTestId('list-vote-result').waitFor({ state: 'visible', timeout: 15_000 })
    expectNoPageErrors([els, anna])
  })

  test('a new round is told even when the game code arrives after the round opened', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Gent')
    const anna = await cast.enter('Anna')
    // The exercises' chunks are held back until the round is open: a slow line, a busy laptop.
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    let held = 0
    await anna.context.route('**/assets/parts-*.js', async (route) => {
      held++
      await released
      await route.continue()
    })
    await anna.joinBoard(session.participantLink)
    const list = await listOnlyByKeyboard(anna)
    const told = list.now.getByTestId('list-vote-announcement')

    await session.command({
      type: 'template.load',
      templateId: 'stoplichtspel',
      origin: { x: 0, y: 0 },
    })
    await session.command({ type: 'stoplicht.setup', statements: [defaultStatement(FIRST)] })
    await session.command({ type: 'phase.set', index: 1 })
    await session.command({ type: 'stoplicht.open', statementId: FIRST })
    await expect.poll(() => held, ARRIVES).toBeGreaterThan(0)
    expect(await list.now.getByTestId('list-vote').count()).toBe(0)

    release()
    await list.now.getByTestId('list-vote').waitFor({ state: 'visible', timeout: 15_000 })
    await expect
      .poll(() => told.textContent(), ARRIVES)
      .toBe(`Nieuwe stelling om over te stemmen: ${defaultText(FIRST)} Kies met 1, 2 of 3.`)
    expectNoPageErrors([anna])
  })
})
