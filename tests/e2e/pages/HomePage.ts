import type { Locator, Page } from 'playwright-core'

/** The links the home page hands out after creating a session. */
export interface SessionLinks {
  facilitator: string
  participant: string
}

/** The start page: create a session, get its two links, see "my sessions". */
export class HomePage {
  readonly titleInput: Locator
  readonly submitButton: Locator
  readonly titleError: Locator
  readonly facilitatorLink: Locator
  readonly participantLink: Locator
  readonly openAsFacilitator: Locator
  readonly mySessions: Locator
  readonly languageSwitch: Locator

  readonly page: Page
  readonly baseUrl: string

  constructor(page: Page, baseUrl: string) {
    this.page = page
    this.baseUrl = baseUrl
    this.titleInput = page.getByTestId('create-session-title')
    this.submitButton = page.getByTestId('create-session-submit')
    this.titleError = page.getByTestId('title-error')
    this.facilitatorLink = page.getByTestId('facilitator-link')
    this.participantLink = page.getByTestId('participant-link')
    this.openAsFacilitator = page.getByTestId('open-as-facilitator')
    this.mySessions = page.getByTestId('my-sessions')
    this.languageSwitch = page.getByTestId('language-switch')
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`, { timeout: 30_000 })
    await this.titleInput.waitFor({ state: 'visible', timeout: 30_000 })
  }

  /** Fills in the title and submits, without waiting for the outcome. */
  async submitTitle(title: string): Promise<void> {
    await this.titleInput.fill(title, { timeout: 5_000 })
    await this.submitButton.click({ timeout: 5_000 })
  }

  /** Creates a session through the form and reads the two links it shows. */
  async createSession(title: string): Promise<SessionLinks> {
    await this.submitTitle(title)
    await this.participantLink.waitFor({ state: 'visible', timeout: 15_000 })
    return {
      facilitator: await readLink(this.facilitatorLink),
      participant: await readLink(this.participantLink),
    }
  }
}

/** A link shown as a read-only field, an anchor or plain text. */
async function readLink(locator: Locator): Promise<string> {
  const tag = await locator.evaluate((element: { tagName: string }) => element.tagName, undefined, {
    timeout: 5_000,
  })
  if (tag === 'INPUT' || tag === 'TEXTAREA') return locator.inputValue({ timeout: 5_000 })
  if (tag === 'A') return (await locator.getAttribute('href', { timeout: 5_000 })) ?? ''
  return ((await locator.textContent({ timeout: 5_000 })) ?? '').trim()
}
