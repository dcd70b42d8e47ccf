import type { VoteColor } from '@reflectiebord/shared'
import { type FacilitatedSession, facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import {
  boxOf,
  defaultStatement,
  expectNoPageErrors,
  voteKey,
  waitForVoteCount,
} from './fixtures/stoplichtSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

const ARRIVES = { timeout: 15_000 }
const FIRST = 'houding-inspraak'
const SECOND = 'toegang-uren'

/** Sets up two statements and opens the first, straight through the API (not under test). */
async function withRoundOpen(
  { command }: FacilitatedSession,
  voter: Person,
  statementId = FIRST,
): Promise<string> {
  await command({
    type: 'stoplicht.setup',
    statements: [defaultStatement(FIRST), defaultStatement(SECOND)],
  })
  await command({ type: 'stoplicht.open', statementId })
  await expect.poll(() => voter.vote.view(), ARRIVES).toBe('open')
  return boxOf(statementId, 1)
}

/** How many votes this person's page has sent so far (requests to a sealed box). */
function votesSent(person: Person): number {
  return person.requestedUrls.filter((url) => url.includes('/sealed/')).length
}

/** The page says this colour is my vote, and the tab remembers that the server took it. */
async function expectMyVote(voter: Person, boxId: string, color: VoteColor): Promise<void> {
  await expect.poll(() => voter.vote.shownVote(), { timeout: 10_000 }).toBe(color)
  expect(await voter.vote.pressedCards()).toEqual([color])
  expect(await voter.vote.myVote(boxId)).toBe(color)
}

describe('voting in the stoplicht game with the keyboard only', () => {
  test('a participant reaches the cards with Tab and votes with Space, then changes with Enter', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndOne(cast, server.url)
    const { els, anna } = session
    const boxId = await withRoundOpen(session, anna)
    const { focus } = anna
    const keys = anna.page.keyboard

    const presses = await focus.tabTo('vote-card-groen')
    // The round is what the page is about now: a few Tabs, not a trek through the board.
    expect(presses).toBeLessThanOrEqual(6)
    await keys.press('Space')
    await expectMyVote(anna, boxId, 'groen')
    await waitForVoteCount(els, boxId, 1)
    expect(await focus.focusedName()).toBe('vote-card-groen')

    await keys.press('Tab')
    expect(await focus.focusedName()).toBe('vote-card-oranje')
    await keys.press('Tab')
    expect(await focus.focusedName()).toBe('vote-card-rood')
    await keys.press('Enter')
    await expectMyVote(anna, boxId, 'rood')
    // Changing replaces the vote: still one in the box, and the focus stays on the card.
    await waitForVoteCount(els, boxId, 1)
    expect(await focus.focusedName()).toBe('vote-card-rood')
    // A screen reader hears which card is the vote, and how to choose with keys.
    expect(await anna.vote.card('rood').getAttribute('aria-keyshortcuts')).toBe('3 R')
    expect(await anna.vote.card('rood').getAttribute('aria-label')).toContain('Rood')
    expectNoPageErrors([els, anna])
  })

  test('1, 2, 3 and G, O, R vote (with or without Shift) and do not reach tldraw; after the reveal they no longer vote', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndOne(cast, server.url)
    const { els, anna } = session
    const boxId = await withRoundOpen(session, anna)
    expect(await anna.board.currentToolId()).toBe('select')

    const sequence: [VoteColor, Parameters<typeof voteKey>[1]][] = [
      ['oranje', 'digit'],
      ['groen', 'capital'],
      ['rood', 'digit'],
      ['oranje', 'letter'],
      ['groen', 'digit'],
      ['rood', 'letter'],
      ['oranje', 'capital'],
      ['groen', 'letter'],
    ]
    for (const [color, way] of sequence) {
      await anna.page.keyboard.press(voteKey(color, way))
      await expectMyVote(anna, boxId, color)
      // tldraw takes "r" for its rectangle and "o" for its ellipse: not while a round is open.
      expect(await anna.board.currentToolId(), voteKey(color, way)).toBe('select')
    }
    // Three keys in a row, without waiting: the last one is the vote, on screen and on the server.
    await anna.page.keyboard.press('g')
    await anna.page.keyboard.press('2')
    await anna.page.keyboard.press('R')
    await expectMyVote(anna, boxId, 'rood')
    await waitForVoteCount(els, boxId, 1)

    await session.command({ type: 'stoplicht.reveal' })
    await expect.poll(() => anna.vote.view(), ARRIVES).toBe('revealed')
    const sent = votesSent(anna)
    await anna.page.keyboard.press('1')
    await anna.page.keyboard.press('2')
    // The keys are tldraw's again: "r" takes the rectangle, as it did not during the round.
    await anna.page.keyboard.press('r')
    await expect.poll(() => anna.board.currentToolId(), { timeout: 5_000 }).toBe('geo')
    // Give a stray vote time to leave; then nothing may have gone out.
    await anna.page.waitForTimeout(500)
    expect(votesSent(anna)).toBe(sent)
    expect(await anna.vote.resultMine.textContent()).toBe('Jij koos Rood.')
    expect(await anna.vote.tally()).toEqual({ groen: 0, oranje: 0, rood: 1 })
    expectNoPageErrors([els, anna])
  })

  test('typing a sticky note during a round does not vote, and every typed key lands in the note', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndOne(cast, server.url)
    const { els, anna } = session
    const boxId = await withRoundOpen(session, anna)
    await anna.page.keyboard.press('3')
    await expectMyVote(anna, boxId, 'rood')
    await waitForVoteCount(els, boxId, 1)
    const sent = votesSent(anna)

    // Every shortcut key, small and capital, in one note.
    const text = 'Groen 1, Oranje 2, Rood 3: gor GOR'
    const failed = await anna.board.addNote(text, { x: 0.5, y: 0.7 }).then(
      () => null,
      (error: unknown) => error,
    )
    // A vote sent while typing is the failure to report, before what it did to the note.
    expect(votesSent(anna), 'votes sent while typing a note').toBe(sent)
    expect(await anna.vote.shownVote()).toBe('rood')
    expect(await anna.vote.myVote(boxId)).toBe('rood')
    if (failed) throw failed
    expect(await anna.board.noteTexts()).toEqual([text])

    // Out of the note, the same keys vote again.
    expect(await anna.board.currentToolId()).toBe('select')
    await anna.page.keyboard.press('g')
    await expectMyVote(anna, boxId, 'groen')
    expectNoPageErrors([els, anna])
  })
})
