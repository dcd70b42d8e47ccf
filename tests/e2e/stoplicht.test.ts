import {
  type ControlState,
  type RoundResult,
  readSlice,
  stoplichtspel,
} from '@reflectiebord/shared'
import type { Person } from './fixtures/Person.ts'
import {
  boxOf,
  castVote,
  defaultText,
  expectNoPageErrors,
  facilitatorAndThree,
  waitForVoteCount,
} from './fixtures/stoplichtSession.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { COLORS, type ShownTally, type ShownVoters } from './pages/VoteView.ts'

/** Waits for what arrives through session control: a round opening, a reveal, a summary. */
const ARRIVES = { timeout: 15_000 }

const FIRST = 'visie-waarom'
const SECOND = 'vormen-bewust'
const THIRD = 'noden-weten'
const OWN = 'We nemen elke maand tijd om samen terug te blikken op een ontmoeting.'
const NAMES = ['Anna', 'Bram', 'Carla']
const NOTE_THIRD = 'Bij de inschrijving vragen wat gezinnen zelf nodig hebben.'
const NOTE_FIRST = 'Ons waarom op de teamdag samen opschrijven.'

function tally(groen: number, oranje: number, rood: number): ShownTally {
  return { groen, oranje, rood }
}

function voters(byColour: Partial<ShownVoters>): ShownVoters {
  return { groen: [], oranje: [], rood: [], ...byColour }
}

/** A revealed round without its reveal time, to compare with what is expected. */
function roundOf(result: RoundResult): Omit<RoundResult, 'revealedAt'> {
  const { revealedAt: _revealedAt, ...rest } = result
  return rest
}

function resultsOf(control: ControlState, statementId: string): RoundResult[] {
  return readSlice(control, stoplichtspel)?.results[statementId] ?? []
}

/** Everyone sees this statement's round open, with the count at nought. */
async function expectRoundOpen(people: Person[], statementId: string): Promise<void> {
  for (const person of people) {
    await expect.poll(() => person.vote.view(), ARRIVES).toBe('open')
    await expect.poll(() => person.vote.statementText(), ARRIVES).toBe(defaultText(statementId))
  }
}

/**
 * While a round is open, nobody's browser holds or shows anyone's vote: control has the count
 * and no entries, no result exists for the round, the table cards lie face down and no name
 * is in the game strip. Only the count says votes are in.
 */
async function expectVotesSealed(
  people: Person[],
  statementId: string,
  round: number,
  votes: number,
): Promise<void> {
  const boxId = boxOf(statementId, round)
  for (const person of people) {
    await waitForVoteCount(person, boxId, votes)
    await expect.poll(() => person.vote.countText(), ARRIVES).toBe(`${votes} van 3 gestemd`)
    const control = await person.facilitation.control()
    const box = control.sealed.find((sealed) => sealed.id === boxId)
    expect(box, `${person.name}: ${boxId}`).toMatchObject({ status: 'open', count: votes })
    expect(box?.revealed, person.name).toBeNull()
    expect(JSON.stringify(box), person.name).not.toMatch(/groen|oranje|rood|Anna|Bram|Carla/)
    expect(
      resultsOf(control, statementId).map((r) => r.round),
      person.name,
    ).toEqual(Array.from({ length: round - 1 }, (_, i) => i + 1))
    expect(await person.vote.result.count(), `${person.name}: vote-result`).toBe(0)
    expect(await person.vote.voters.count(), `${person.name}: result-voters`).toBe(0)
    expect(await person.vote.roundLeaks(NAMES), person.name).toEqual({
      faceUpCards: 0,
      tableCards: votes,
      namesShown: [],
    })
  }
}

/** After the reveal everyone sees the same tally, and the same names, or none. */
async function expectRevealed(
  people: Person[],
  expected: ShownTally,
  names: ShownVoters | null,
): Promise<void> {
  for (const person of people) {
    await expect.poll(() => person.vote.tally(), ARRIVES).toEqual(expected)
    expect(await person.vote.votersByColour(), person.name).toEqual(names)
    // The same check that found no names while the round was open finds them now.
    const leaks = await person.vote.roundLeaks(NAMES)
    expect(leaks.namesShown, person.name).toEqual(names ? NAMES : [])
    expect(leaks.faceUpCards, person.name).toBe(leaks.tableCards)
    // The hand is put away: nobody votes on a revealed round.
    for (const color of COLORS) expect(await person.vote.card(color).count()).toBe(0)
  }
}

describe('the stoplicht game with a facilitator and three participants', () => {
  test('a whole game through the UI: set up, named rounds with a changed vote, a second round, an anonymous round, notes and the summary', async ({
    cast,
    server,
  }) => {
    const { els, anna, bram, carla, participants, everyone } = await facilitatorAndThree(
      cast,
      server.url,
    )

    // --- Setting up: the template, three statements from the default set and one of our own.
    await els.panel.loadTemplate('stoplichtspel')
    for (const person of everyone) {
      await expect.poll(() => person.facilitation.phaseTitleText(), ARRIVES).toBe('Uitleg')
      expect(await person.facilitation.exerciseTitle.textContent()).toBe('Stoplichtspel')
    }
    await els.stoplicht.show()
    expect(await els.stoplicht.noGame.isVisible()).toBe(true)

    await els.stoplicht.pickDefaults([FIRST, SECOND, THIRD])
    await expect
      .poll(
        async () =>
          readSlice(await els.facilitation.control(), stoplichtspel)?.statements.map((s) => s.id),
        ARRIVES,
      )
      .toEqual([FIRST, SECOND, THIRD])
    await els.stoplicht.addOwn(OWN)
    await expect
      .poll(
        async () => readSlice(await els.facilitation.control(), stoplichtspel)?.statements.length,
        ARRIVES,
      )
      .toBe(4)
    const own = readSlice(await els.facilitation.control(), stoplichtspel)?.statements[3]
    expect(own?.id).toMatch(/^eigen-/)
    expect(own?.text).toEqual({ nl: OWN, en: OWN })
    const ownId = own?.id ?? ''
    await expect.poll(() => els.stoplicht.statementText(3).inputValue(), ARRIVES).toBe(OWN)
    expect(await els.stoplicht.statementText(0).inputValue()).toBe(defaultText(FIRST))
    expect(await els.stoplicht.statementText(2).inputValue()).toBe(defaultText(THIRD))
    expect(await els.stoplicht.addInput.inputValue()).toBe('')
    // Preparing is the facilitator's business: nothing shows for the team yet.
    for (const participant of participants) expect(await participant.vote.view()).toBeNull()

    // --- Statement 1, round 1: named; Anna clicks, Bram uses digits, Carla letters.
    await els.stoplicht.open(FIRST).click({ timeout: 5_000 })
    await expectRoundOpen(everyone, FIRST)
    for (const participant of participants) {
      for (const color of COLORS) expect(await participant.vote.card(color).isEnabled()).toBe(true)
      expect(await participant.vote.pressedCards()).toEqual([])
      expect(await participant.vote.shownVote()).toBe('')
      expect(await participant.vote.countText()).toBe('0 van 3 gestemd')
      expect(await participant.vote.mode.textContent()).toContain('Met namen')
    }
    await expect
      .poll(() => anna.vote.announcement.textContent(), ARRIVES)
      .toContain(defaultText(FIRST))

    const box1 = boxOf(FIRST, 1)
    await castVote(anna, 'groen', 'mouse')
    for (const person of everyone) {
      await expect.poll(() => person.vote.countText(), ARRIVES).toBe('1 van 3 gestemd')
    }
    await castVote(bram, 'groen', 'digit')
    await castVote(carla, 'rood', 'letter')
    await waitForVoteCount(els, box1, 3)
    // Anna changes her mind: her vote replaces the first, it is not a fourth.
    await castVote(anna, 'oranje', 'mouse')
    expect(await anna.vote.myVote(box1)).toBe('oranje')
    expect(await bram.vote.myVote(box1)).toBe('groen')
    expect(await carla.vote.myVote(box1)).toBe('rood')
    expect(await els.stoplicht.count.textContent()).toContain('3 van 3 deelnemers gestemd')
    expect(await els.stoplicht.current.textContent()).not.toMatch(/\d+ groen/)
    await expectVotesSealed(everyone, FIRST, 1, 3)

    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expectRevealed(
      everyone,
      tally(1, 1, 1),
      voters({ groen: ['Bram'], oranje: ['Anna'], rood: ['Carla'] }),
    )
    expect(await anna.vote.resultMine.textContent()).toBe('Jij koos Oranje.')
    expect(await els.vote.resultMine.count()).toBe(0)
    await expect
      .poll(() => bram.vote.announcement.textContent(), ARRIVES)
      .toBe('Resultaat: 1 groen, 1 oranje, 1 rood.')
    expect(resultsOf(await carla.facilitation.control(), FIRST).map(roundOf)).toEqual([
      {
        round: 1,
        tally: { groen: 1, oranje: 1, rood: 1, total: 3 },
        anonymous: false,
        voters: [
          { name: 'Anna', color: 'oranje' },
          { name: 'Bram', color: 'groen' },
          { name: 'Carla', color: 'rood' },
        ],
      },
    ])

    // --- Statement 1, round 2: the first round stays.
    await els.stoplicht.again.click({ timeout: 5_000 })
    await expectRoundOpen(everyone, FIRST)
    for (const participant of participants) {
      expect(await participant.vote.overlay.textContent()).toContain('Stelling 1 van 4, ronde 2')
      expect(await participant.vote.shownVote()).toBe('')
    }
    await castVote(anna, 'groen', 'mouse')
    await castVote(bram, 'groen', 'digit')
    await castVote(carla, 'groen', 'capital')
    await waitForVoteCount(els, boxOf(FIRST, 2), 3)
    await expectVotesSealed(everyone, FIRST, 2, 3)
    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expectRevealed(everyone, tally(3, 0, 0), voters({ groen: ['Anna', 'Bram', 'Carla'] }))
    for (const person of everyone) {
      const rounds = resultsOf(await person.facilitation.control(), FIRST)
      expect(
        rounds.map((r) => [r.round, r.tally]),
        person.name,
      ).toEqual([
        [1, { groen: 1, oranje: 1, rood: 1, total: 3 }],
        [2, { groen: 3, oranje: 0, rood: 0, total: 3 }],
      ])
    }

    // --- Statement 2, with "Volgende stelling": the next one not played yet.
    await els.stoplicht.next.click({ timeout: 5_000 })
    await expectRoundOpen(everyone, SECOND)
    await castVote(anna, 'groen', 'mouse')
    await castVote(bram, 'oranje', 'digit')
    await castVote(carla, 'groen', 'letter')
    await waitForVoteCount(els, boxOf(SECOND, 1), 3)
    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expectRevealed(
      everyone,
      tally(2, 1, 0),
      voters({ groen: ['Anna', 'Carla'], oranje: ['Bram'] }),
    )

    // --- Statement 3, anonymous: ticked before opening, and for good once votes went in.
    expect(await els.stoplicht.anonymous.isChecked()).toBe(false)
    // A click, not check(): the box shows what the server holds, so it ticks once that answers.
    await els.stoplicht.anonymous.click({ timeout: 5_000 })
    await expect
      .poll(
        async () => readSlice(await els.facilitation.control(), stoplichtspel)?.anonymous,
        ARRIVES,
      )
      .toBe(true)
    await expect.poll(() => els.stoplicht.anonymous.isChecked(), ARRIVES).toBe(true)
    await els.stoplicht.open(THIRD).click({ timeout: 5_000 })
    await expectRoundOpen(everyone, THIRD)
    for (const participant of participants) {
      expect(await participant.vote.mode.textContent()).toContain('Anoniem')
    }
    await expect.poll(() => els.stoplicht.anonymous.isDisabled(), ARRIVES).toBe(true)
    await castVote(anna, 'groen', 'mouse')
    await castVote(bram, 'rood', 'digit')
    await castVote(carla, 'rood', 'capital')
    const anonymousBox = boxOf(THIRD, 1)
    await waitForVoteCount(els, anonymousBox, 3)
    await expectVotesSealed(everyone, THIRD, 1, 3)
    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expectRevealed(everyone, tally(1, 0, 2), null)

    const publicIds = await Promise.all(participants.map((p) => p.facilitation.myPublicId()))
    for (const person of everyone) {
      expect(await person.vote.voters.count(), person.name).toBe(0)
      const leaks = await person.vote.roundLeaks(NAMES)
      expect(leaks, person.name).toEqual({ faceUpCards: 3, tableCards: 3, namesShown: [] })
      const control = await person.facilitation.control()
      const [result] = resultsOf(control, THIRD)
      expect(result && roundOf(result), person.name).toEqual({
        round: 1,
        tally: { groen: 1, oranje: 0, rood: 2, total: 3 },
        anonymous: true,
        voters: null,
      })
      const box = control.sealed.find((sealed) => sealed.id === anonymousBox)
      expect(box?.status).toBe('revealed')
      expect(box?.revealed?.map((entry) => [entry.publicId, entry.name])).toEqual([
        [null, null],
        [null, null],
        [null, null],
      ])
      const traces = JSON.stringify([box, result])
      for (const who of [...NAMES, ...publicIds]) expect(traces, person.name).not.toContain(who)
    }
    expect(await anna.vote.resultMine.textContent()).toBe('Jij koos Groen.')
    // Now there is no way back to names: disabled, still ticked, and the hint says why.
    await expect
      .poll(() => els.stoplicht.anonymousHint.textContent(), ARRIVES)
      .toContain('Er werd al anoniem gestemd in dit spel')
    expect(await els.stoplicht.anonymous.isDisabled(), 'anonymity can be switched off').toBe(true)
    expect(await els.stoplicht.anonymous.isChecked()).toBe(true)
    expect(readSlice(await els.facilitation.control(), stoplichtspel)?.anonymityLocked).toBe(true)

    // --- Notes: for the statement in play, and for another one picked in the list.
    await els.stoplicht.addNote(NOTE_THIRD)
    await expect.poll(() => els.stoplicht.notes(), ARRIVES).toEqual([NOTE_THIRD])
    for (const participant of participants) {
      await expect.poll(() => participant.vote.notes.textContent(), ARRIVES).toBe(NOTE_THIRD)
    }
    await els.stoplicht.addNote(NOTE_FIRST, FIRST)
    await expect.poll(() => els.stoplicht.notes(), ARRIVES).toEqual([NOTE_FIRST])
    expect(readSlice(await els.facilitation.control(), stoplichtspel)?.notes).toEqual({
      [THIRD]: [NOTE_THIRD],
      [FIRST]: [NOTE_FIRST],
    })

    // --- The summary, for everyone; order and filter are each person's own.
    await els.stoplicht.summaryToggle.click({ timeout: 5_000 })
    const asPlayed = [
      {
        statementId: FIRST,
        spread: 'none',
        rounds: [tally(1, 1, 1), tally(3, 0, 0)],
        notes: [NOTE_FIRST],
      },
      { statementId: SECOND, spread: 'some', rounds: [tally(2, 1, 0)], notes: [] },
      { statementId: THIRD, spread: 'much', rounds: [tally(1, 0, 2)], notes: [NOTE_THIRD] },
      { statementId: ownId, spread: 'none', rounds: [], notes: [] },
    ]
    for (const person of everyone) {
      await expect.poll(() => person.vote.view(), ARRIVES).toBe('summary')
      expect(await person.vote.summary.isVisible(), person.name).toBe(true)
      expect(await person.vote.summaryRows(), person.name).toEqual(asPlayed)
    }

    await anna.vote.summarySort.selectOption('most-disagreement', { timeout: 5_000 })
    await expect
      .poll(() => anna.vote.summaryOrder(), ARRIVES)
      .toEqual([THIRD, SECOND, FIRST, ownId])
    await anna.vote.summaryFilter.check({ timeout: 5_000 })
    await expect.poll(() => anna.vote.summaryOrder(), ARRIVES).toEqual([THIRD, SECOND])
    expect(await anna.vote.summaryRow(FIRST).count()).toBe(0)
    // Anna's sorting and filtering did not reshuffle Bram's screen.
    expect(await bram.vote.summaryOrder()).toEqual([FIRST, SECOND, THIRD, ownId])

    expectNoPageErrors(everyone)
  })
})
