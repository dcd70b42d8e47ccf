import type { VoteColor } from '@reflectiebord/shared'
import type { Locator, Page } from 'playwright-core'
import type { HookWindow } from '../fixtures/boardHook.ts'

export const COLORS: readonly VoteColor[] = ['groen', 'oranje', 'rood']

/** A tally as the page shows it: the `data-count` of each colour. */
export type ShownTally = Record<VoteColor, number>

/** Names under each colour on the turned-over table, as the page shows them. */
export type ShownVoters = Record<VoteColor, string[]>

/** One statement in the summary, as one person's page shows it. */
export interface SummaryRowReading {
  statementId: string
  /** `data-spread`: none, little, some or much. */
  spread: string
  /** One tally per round, first round first. */
  rounds: ShownTally[]
  notes: string[]
}

/**
 * What a page shows of a round's votes before the reveal, beyond the count: this must stay
 * empty, since the count is the only thing anyone may see while a round is open.
 */
export interface RoundLeaks {
  /** Table cards showing a colour (`table-card--groen`...): none may be face up. */
  faceUpCards: number
  /** Cards on the table, one per vote (face down until the reveal). */
  tableCards: number
  /** Names of the given people that appear anywhere in the game strip's markup. */
  namesShown: string[]
}

/**
 * The stoplicht game as everyone sees it in the strip above the board: the statement, my three
 * cards, whether my vote is in, how many voted, and after the reveal the tally and who chose
 * what; or the summary of the whole game.
 */
export class VoteView {
  readonly overlay: Locator
  readonly statement: Locator
  /** "Anoniem" or "Met namen". */
  readonly mode: Locator
  /** "Je stem is binnen: …", with `data-vote` my colour or empty. */
  readonly status: Locator
  /** "x van y gestemd" in the strip (the facilitator panel has its own). */
  readonly count: Locator
  readonly result: Locator
  readonly voters: Locator
  /** "Jij koos …" after the reveal. */
  readonly resultMine: Locator
  /** The notes shown with a revealed round. */
  readonly notes: Locator
  /** The screen reader's polite announcement of a new round or a result. */
  readonly announcement: Locator

  readonly summary: Locator
  readonly summarySort: Locator
  readonly summaryFilter: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.overlay = page.getByTestId('vote-overlay')
    this.statement = this.overlay.getByTestId('vote-statement')
    this.mode = this.overlay.getByTestId('vote-mode')
    this.status = this.overlay.getByTestId('vote-status')
    this.count = this.overlay.getByTestId('vote-count')
    this.result = this.overlay.getByTestId('vote-result')
    this.voters = this.overlay.getByTestId('result-voters')
    this.resultMine = this.overlay.getByTestId('vote-result-mine')
    this.notes = this.overlay.getByTestId('vote-notes')
    this.announcement = page.getByTestId('vote-announcement')
    this.summary = this.overlay.getByTestId('stoplicht-summary')
    this.summarySort = this.summary.getByTestId('summary-sort')
    this.summaryFilter = this.summary.getByTestId('summary-filter')
  }

  card(color: VoteColor): Locator {
    return this.overlay.getByTestId(`vote-card-${color}`)
  }

  tallyRow(color: VoteColor): Locator {
    return this.result.getByTestId(`result-tally-${color}`)
  }

  summaryRow(statementId: string): Locator {
    return this.summary.getByTestId(`summary-row-${statementId}`)
  }

  /** Votes with the mouse: a click on the card. */
  async click(color: VoteColor): Promise<void> {
    await this.card(color).click({ timeout: 5_000 })
  }

  /** `data-view` of the strip (open, revealed, summary), or null when it is not there. */
  async view(): Promise<string | null> {
    if ((await this.overlay.count()) === 0) return null
    return this.overlay.getAttribute('data-view', { timeout: 5_000 })
  }

  async statementText(): Promise<string | null> {
    if ((await this.statement.count()) === 0) return null
    return (await this.statement.textContent({ timeout: 5_000 }))?.trim() ?? null
  }

  /** My vote as the status line says it is in (`data-vote`), '' for none, null without cards. */
  async shownVote(): Promise<string | null> {
    if ((await this.status.count()) === 0) return null
    return this.status.getAttribute('data-vote', { timeout: 5_000 })
  }

  /** The cards shown as chosen (`aria-pressed="true"`): at most one. */
  async pressedCards(): Promise<VoteColor[]> {
    const pressed: VoteColor[] = []
    for (const color of COLORS) {
      if ((await this.card(color).getAttribute('aria-pressed', { timeout: 5_000 })) === 'true') {
        pressed.push(color)
      }
    }
    return pressed
  }

  /** The count line in the strip, as text, or null when there is none. */
  async countText(): Promise<string | null> {
    if ((await this.count.count()) === 0) return null
    return (await this.count.textContent({ timeout: 5_000 }))?.trim() ?? null
  }

  /** The revealed tally by colour, or null before the reveal. */
  async tally(): Promise<ShownTally | null> {
    if ((await this.result.count()) === 0) return null
    const counts = await Promise.all(
      COLORS.map((color) => this.tallyRow(color).getAttribute('data-count', { timeout: 5_000 })),
    )
    return { groen: Number(counts[0]), oranje: Number(counts[1]), rood: Number(counts[2]) }
  }

  /** Who chose what, from the turned-over cards with names; null when no names are shown. */
  votersByColour(): Promise<ShownVoters | null> {
    return this.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: DomDocument }).document
      const list = doc.querySelector('[data-testid="vote-overlay"] [data-testid="result-voters"]')
      if (!list) return null
      const voters: Record<string, string[]> = { groen: [], oranje: [], rood: [] }
      for (const card of Array.from(list.querySelectorAll('li.table-card'))) {
        const color = ['groen', 'oranje', 'rood'].find((c) =>
          card.classList.contains(`table-card--${c}`),
        )
        // The name's own text starts with a hidden ": " for screen readers; its title is bare.
        const name = card.querySelector('.table-card__name')?.getAttribute('title')?.trim()
        if (color && name) voters[color]?.push(name)
      }
      return voters as ShownVoters
    })
  }

  /** What the strip gives away of an open round besides the count (see `RoundLeaks`). */
  roundLeaks(names: readonly string[]): Promise<RoundLeaks> {
    return this.page.evaluate((names) => {
      const doc = (globalThis as unknown as { document: DomDocument }).document
      const strip = doc.querySelector('[data-testid="vote-overlay"]')
      if (!strip) return { faceUpCards: 0, tableCards: 0, namesShown: [] }
      const cards = Array.from(strip.querySelectorAll('li.table-card'))
      const faceUp = cards.filter((card) =>
        ['groen', 'oranje', 'rood'].some((c) => card.classList.contains(`table-card--${c}`)),
      ).length
      const markup = strip.innerHTML
      return {
        faceUpCards: faceUp,
        tableCards: cards.filter((card) => !card.classList.contains('table-card--empty')).length,
        namesShown: names.filter((name) => markup.includes(name)),
      }
    }, names)
  }

  /** The summary's rows in the order this page shows them. */
  summaryRows(): Promise<SummaryRowReading[]> {
    return this.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: DomDocument }).document
      const rows = Array.from(
        doc.querySelectorAll('[data-testid="stoplicht-summary"] [data-testid^="summary-row-"]'),
      )
      return rows.map((row) => ({
        statementId: (row.getAttribute('data-testid') ?? '').replace(/^summary-row-/, ''),
        spread: row.getAttribute('data-spread') ?? '',
        rounds: Array.from(row.querySelectorAll('.summary-round')).map((round) => {
          const tally: Record<string, number> = { groen: -1, oranje: -1, rood: -1 }
          for (const count of Array.from(round.querySelectorAll('[data-color][data-count]'))) {
            tally[count.getAttribute('data-color') ?? ''] = Number(count.getAttribute('data-count'))
          }
          return tally as ShownTally
        }),
        notes: Array.from(row.querySelectorAll('.summary-row__notes li')).map(
          (note) => note.textContent?.trim() ?? '',
        ),
      }))
    })
  }

  /** The ids of the summary's rows, in the order shown. */
  async summaryOrder(): Promise<string[]> {
    return (await this.summaryRows()).map((row) => row.statementId)
  }

  /** What this tab remembers having voted in a round (the test hook), or null. */
  myVote(boxId: string): Promise<VoteColor | null> {
    return this.page.evaluate((boxId) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.myVote(boxId)
    }, boxId)
  }
}

/** The little of the DOM the page functions above use (the tests compile without DOM types). */
interface DomElement {
  innerHTML: string
  textContent: string | null
  classList: { contains(name: string): boolean }
  getAttribute(name: string): string | null
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}

interface DomDocument {
  querySelector(selector: string): DomElement | null
  querySelectorAll(selector: string): ArrayLike<DomElement>
}
