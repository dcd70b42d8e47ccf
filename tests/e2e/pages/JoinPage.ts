import type { Locator, Page } from 'playwright-core'

/** What someone sees on opening a session link before the board: the name form or not-found. */
export class JoinPage {
  readonly nameInput: Locator
  readonly submitButton: Locator
  readonly nameError: Locator
  readonly sessionNotFound: Locator
  /** The page for someone the participant cap turned away. */
  readonly sessionFull: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.nameInput = page.getByTestId('join-name')
    this.submitButton = page.getByTestId('join-submit')
    this.nameError = page.getByTestId('name-error')
    this.sessionNotFound = page.getByTestId('session-not-found')
    this.sessionFull = page.getByTestId('session-full')
  }

  /** Opens a session link (participant or facilitator) and waits for the page to settle. */
  async goto(link: string): Promise<void> {
    await this.page.goto(link, { timeout: 30_000 })
  }

  async waitForNameForm(timeout = 30_000): Promise<void> {
    await this.nameInput.waitFor({ state: 'visible', timeout })
  }

  /** Types a name and submits, without waiting for the outcome. */
  async submitName(name: string): Promise<void> {
    await this.nameInput.fill(name, { timeout: 5_000 })
    await this.submitButton.click({ timeout: 5_000 })
  }
}
