import type { Locator, Page } from 'playwright-core'
import type { FacilitatorPanel } from './FacilitatorPanel.ts'

/**
 * The stoplicht game in the facilitator panel: preparing the statements (the default set, one's
 * own, saved sets), then running the rounds (open, reveal, again, next), anonymity, the notes
 * of "Wat nemen we mee?" and showing the summary to everyone.
 */
export class StoplichtPanel {
  readonly section: Locator
  /** "Nog geen stellingen": there until the game is set up. */
  readonly noGame: Locator

  readonly defaultSet: Locator
  readonly defaultAdd: Locator
  /** "Niets aanvinken": the only way to start from an empty choice (it has no test id). */
  readonly defaultNone: Locator
  readonly addInput: Locator
  readonly addButton: Locator

  readonly setName: Locator
  readonly saveSet: Locator
  readonly loadSet: Locator

  readonly current: Locator
  readonly reveal: Locator
  readonly next: Locator
  readonly again: Locator
  /** "x van y deelnemers gestemd" in the panel (the overlay has its own count). */
  readonly count: Locator

  readonly anonymous: Locator
  readonly anonymousHint: Locator

  readonly notesStatement: Locator
  readonly notesInput: Locator
  readonly notesAdd: Locator
  readonly notesList: Locator

  readonly summaryToggle: Locator

  readonly page: Page
  private readonly panel: FacilitatorPanel

  constructor(page: Page, panel: FacilitatorPanel) {
    this.page = page
    this.panel = panel
    this.section = page.getByTestId('stoplicht-section')
    this.noGame = this.section.getByTestId('stoplicht-no-game')
    this.defaultSet = this.section.getByTestId('stoplicht-default-set')
    this.defaultAdd = this.section.getByTestId('stoplicht-default-add')
    this.defaultNone = this.defaultSet.getByRole('button', { name: 'Niets aanvinken' })
    this.addInput = this.section.getByTestId('stoplicht-add-input')
    this.addButton = this.section.getByTestId('stoplicht-add')
    this.setName = this.section.getByTestId('stoplicht-set-name')
    this.saveSet = this.section.getByTestId('stoplicht-save-set')
    this.loadSet = this.section.getByTestId('stoplicht-load-set')
    this.current = this.section.getByTestId('stoplicht-current')
    this.reveal = this.section.getByTestId('stoplicht-reveal')
    this.next = this.section.getByTestId('stoplicht-next')
    this.again = this.section.getByTestId('stoplicht-again')
    this.count = this.current.getByTestId('vote-count')
    this.anonymous = this.section.getByTestId('stoplicht-anonymous')
    this.anonymousHint = this.section.getByTestId('stoplicht-anonymous-hint')
    this.notesStatement = this.section.getByTestId('stoplicht-notes-statement')
    this.notesInput = this.section.getByTestId('stoplicht-notes-input')
    this.notesAdd = this.section.getByTestId('stoplicht-notes-add')
    this.notesList = this.section.getByTestId('stoplicht-notes-list')
    this.summaryToggle = this.section.getByTestId('stoplicht-summary-toggle')
  }

  defaultStatement(statementId: string): Locator {
    return this.section.getByTestId(`stoplicht-default-${statementId}`)
  }

  /** The text field of the statement at this place in the list (0-based). */
  statementText(index: number): Locator {
    return this.section.getByTestId(`stoplicht-statement-${index}-text`)
  }

  open(statementId: string): Locator {
    return this.section.getByTestId(`stoplicht-open-${statementId}`)
  }

  moveUp(statementId: string): Locator {
    return this.section.getByTestId(`stoplicht-move-up-${statementId}`)
  }

  moveDown(statementId: string): Locator {
    return this.section.getByTestId(`stoplicht-move-down-${statementId}`)
  }

  remove(statementId: string): Locator {
    return this.section.getByTestId(`stoplicht-remove-${statementId}`)
  }

  /** Opens the facilitator panel (if needed) and brings the stoplicht section into view. */
  async show(): Promise<void> {
    await this.panel.open()
    await this.panel.reveal(this.section)
    await this.section.scrollIntoViewIfNeeded({ timeout: 5_000 })
  }

  /**
   * Starts from the default set the way a facilitator picks a few: "Niets aanvinken", tick
   * the chosen ones, and add them with the button that says how many.
   */
  async pickDefaults(statementIds: readonly string[]): Promise<void> {
    await this.show()
    if ((await this.defaultSet.getAttribute('open', { timeout: 5_000 })) === null) {
      await this.defaultSet.locator('summary').click({ timeout: 5_000 })
    }
    await this.defaultNone.click({ timeout: 5_000 })
    for (const id of statementIds) await this.defaultStatement(id).check({ timeout: 5_000 })
    await this.defaultAdd.click({ timeout: 5_000 })
  }

  /** Types a statement of one's own and adds it with "Toevoegen". */
  async addOwn(text: string): Promise<void> {
    await this.show()
    await this.addInput.fill(text, { timeout: 5_000 })
    await this.addButton.click({ timeout: 5_000 })
  }

  /** Writes a note under "Wat nemen we mee?", for the given statement or the one in play. */
  async addNote(text: string, statementId?: string): Promise<void> {
    await this.show()
    if (statementId) await this.notesStatement.selectOption(statementId, { timeout: 5_000 })
    await this.notesInput.fill(text, { timeout: 5_000 })
    await this.notesAdd.click({ timeout: 5_000 })
  }

  /** The notes the panel lists for the statement it shows now. */
  async notes(): Promise<string[]> {
    if ((await this.notesList.count()) === 0) return []
    return (await this.notesList.locator('.notes-editor__text').allTextContents()).map((text) =>
      text.trim(),
    )
  }
}
