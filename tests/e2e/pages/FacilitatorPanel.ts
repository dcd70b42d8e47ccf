import type { Locator, Page } from 'playwright-core'

/**
 * The facilitator's panel beside the board, opened from the top bar: phases, the shared
 * timer, follow-me, templates, people and the cap, and closing the session.
 */
export class FacilitatorPanel {
  readonly toggle: Locator
  readonly panel: Locator
  readonly closeButton: Locator

  readonly phaseCurrent: Locator
  readonly phasePrevious: Locator
  readonly phaseNext: Locator

  readonly timerMinutes: Locator
  readonly timerStart: Locator
  readonly timerPause: Locator
  readonly timerResume: Locator
  readonly timerAddMinute: Locator
  readonly timerReset: Locator

  readonly followToggle: Locator

  readonly peopleList: Locator
  readonly capInput: Locator
  readonly capSave: Locator
  readonly capUsage: Locator

  readonly sessionClose: Locator
  readonly sessionReopen: Locator
  /** A refused command, shown beside the control that sent it. */
  readonly commandErrors: Locator

  /** The notice of board records this page could not show, and its count and button. */
  readonly skippedRecords: Locator
  readonly skippedRecordsCount: Locator
  readonly skippedRecordsRemove: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.toggle = page.getByTestId('facilitator-panel-toggle')
    this.panel = page.getByTestId('facilitator-panel')
    this.closeButton = page.getByTestId('facilitator-panel-close')
    this.phaseCurrent = page.getByTestId('phase-current')
    this.phasePrevious = page.getByTestId('phase-previous')
    this.phaseNext = page.getByTestId('phase-next')
    this.timerMinutes = page.getByTestId('timer-minutes')
    this.timerStart = page.getByTestId('timer-start')
    this.timerPause = page.getByTestId('timer-pause')
    this.timerResume = page.getByTestId('timer-resume')
    this.timerAddMinute = page.getByTestId('timer-add-minute')
    this.timerReset = page.getByTestId('timer-reset')
    this.followToggle = page.getByTestId('follow-toggle')
    this.peopleList = page.getByTestId('people-list')
    this.capInput = page.getByTestId('cap-input')
    this.capSave = page.getByTestId('cap-save')
    this.capUsage = page.getByTestId('cap-usage')
    this.sessionClose = page.getByTestId('session-close')
    this.sessionReopen = page.getByTestId('session-reopen')
    this.commandErrors = this.panel.getByTestId('command-error')
    this.skippedRecords = page.getByTestId('skipped-records')
    this.skippedRecordsCount = page.getByTestId('skipped-records-count')
    this.skippedRecordsRemove = page.getByTestId('skipped-records-remove')
  }

  phaseSet(index: number): Locator {
    return this.page.getByTestId(`phase-set-${index}`)
  }

  templateLoad(templateId: string): Locator {
    return this.page.getByTestId(`template-load-${templateId}`)
  }

  grant(publicId: string): Locator {
    return this.page.getByTestId(`grant-${publicId}`)
  }

  revoke(publicId: string): Locator {
    return this.page.getByTestId(`revoke-${publicId}`)
  }

  /** Opens the panel with the top-bar button, unless it is open already. */
  async open(): Promise<void> {
    if (await this.panel.isVisible()) return
    await this.toggle.click({ timeout: 5_000 })
    await this.panel.waitFor({ state: 'visible', timeout: 5_000 })
  }

  /**
   * Opens a folded part of the panel (`people`, `session`, `templates`, `prepare`) with its
   * summary, as a facilitator does, unless it is open already.
   */
  async unfold(id: string): Promise<void> {
    await this.open()
    const summary = this.page.getByTestId(`${id}-fold-summary`)
    if ((await summary.getAttribute('aria-expanded', { timeout: 5_000 })) === 'true') return
    await summary.click({ timeout: 5_000 })
  }

  /** Opens whichever folded part of the panel holds this control, if any is closed. */
  async reveal(control: Locator): Promise<void> {
    await this.open()
    const closedFold = await control.evaluate((element) => {
      const fold = (
        element as unknown as { closest(selector: string): { dataset: { testid?: string } } | null }
      ).closest('[data-fold-open="false"]')
      return fold?.dataset.testid ?? null
    })
    if (closedFold) await this.unfold(closedFold.replace(/-fold$/, ''))
  }

  /** Loads an exercise template onto the board with its "Laden" button. */
  async loadTemplate(templateId: string): Promise<void> {
    await this.open()
    await this.reveal(this.templateLoad(templateId))
    await this.templateLoad(templateId).click({ timeout: 5_000 })
  }

  /** Types a number of minutes and presses Start. */
  async startTimer(minutes: number): Promise<void> {
    await this.open()
    await this.timerMinutes.fill(String(minutes), { timeout: 5_000 })
    await this.timerStart.click({ timeout: 5_000 })
  }

  /** Sets the participant cap with its field and "Bewaren". */
  async setCap(cap: number): Promise<void> {
    await this.unfold('people')
    await this.capInput.fill(String(cap), { timeout: 5_000 })
    await this.capSave.click({ timeout: 5_000 })
  }

  /**
   * Presses "Sessie sluiten" and answers the browser's confirmation with OK. Resolves with the
   * question the page asked, so a spec can check it was asked, and in Dutch.
   */
  async closeSession(): Promise<string> {
    await this.unfold('session')
    const asked = new Promise<string>((resolve) => {
      this.page.once('dialog', (dialog) => {
        resolve(dialog.message())
        void dialog.accept()
      })
    })
    await this.sessionClose.click({ timeout: 5_000 })
    return withTimeout(asked, 5_000, 'no confirmation was asked before closing the session')
  }

  async reopenSession(): Promise<void> {
    await this.unfold('session')
    await this.sessionReopen.click({ timeout: 5_000 })
  }

  /** How many records the notice says could not be shown; 0 when there is no notice. */
  async skippedRecordCount(): Promise<number> {
    if ((await this.skippedRecordsCount.count()) === 0) return 0
    return Number(await this.skippedRecordsCount.getAttribute('data-count', { timeout: 5_000 }))
  }

  /** Presses the notice's button that removes those records for everyone. */
  async removeSkippedRecords(): Promise<void> {
    await this.open()
    await this.skippedRecordsRemove.click({ timeout: 5_000 })
  }
}

/** A promise that rejects with `message` when it has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
