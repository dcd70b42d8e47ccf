import type { Locator, Page } from 'playwright-core'
import type { BoardPoint } from './BoardPage.ts'

/**
 * A case discussion as one person sees it: the strip above the board (case-bringer, the rule
 * of this step, the practice case), the privacy reminder, what is drawn on the board (the
 * zone of now, the analysis columns, question badges), and, for facilitators, the case
 * section of the panel and the redact button.
 */
export class CasusView {
  readonly section: Locator
  readonly bringerSelect: Locator
  readonly bringerSave: Locator
  readonly bringerCurrent: Locator
  readonly strip: Locator
  readonly bringerBadge: Locator
  readonly bringerName: Locator
  readonly bringerOffline: Locator
  readonly exampleCard: Locator
  readonly privacyReminder: Locator
  readonly privacyOk: Locator
  readonly redact: Locator
  readonly currentZone: Locator
  readonly nudge: Locator
  readonly ownColumn: Locator
  readonly columns: Locator
  readonly questionBadges: Locator
  readonly bringerZoneWarning: Locator
  readonly goToColumn: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.section = page.getByTestId('casus-section')
    this.bringerSelect = page.getByTestId('casus-bringer-select')
    this.bringerSave = page.getByTestId('casus-bringer-save')
    this.bringerCurrent = page.getByTestId('casus-bringer-current')
    this.strip = page.getByTestId('casus-strip')
    this.bringerBadge = page.getByTestId('casus-bringer-badge')
    this.bringerName = page.getByTestId('casus-bringer-name')
    this.bringerOffline = page.getByTestId('casus-bringer-offline')
    this.exampleCard = page.getByTestId('casus-example-card')
    this.privacyReminder = page.getByTestId('casus-privacy-reminder')
    this.privacyOk = page.getByTestId('casus-privacy-ok')
    this.redact = page.getByTestId('casus-redact')
    this.currentZone = page.getByTestId('casus-current-zone')
    this.nudge = page.getByTestId('casus-nudge')
    this.ownColumn = page.getByTestId('casus-own-column')
    this.columns = page.getByTestId('casus-column')
    this.questionBadges = page.getByTestId('casus-question-badge')
    this.bringerZoneWarning = page.getByTestId('casus-bringer-zone-warning')
    this.goToColumn = page.getByTestId('casus-go-to-column')
  }

  method(templateId: string): Locator {
    return this.page.getByTestId(`casus-method-${templateId}`)
  }

  example(exampleId: string): Locator {
    return this.page.getByTestId(`casus-example-${exampleId}`)
  }

  /** Reads the privacy reminder and closes it with OK; resolves with what it said. */
  async acknowledgePrivacy(): Promise<string> {
    await this.privacyReminder.waitFor({ state: 'visible', timeout: 15_000 })
    const text = (await this.privacyReminder.textContent()) ?? ''
    await this.privacyOk.click({ timeout: 5_000 })
    await this.privacyReminder.waitFor({ state: 'detached', timeout: 5_000 })
    return text
  }

  /** In the panel: picks a person by name in the case-bringer list and confirms. */
  async chooseBringer(name: string): Promise<void> {
    await this.bringerSelect.selectOption({ label: name }, { timeout: 5_000 })
    await this.bringerSave.click({ timeout: 5_000 })
  }

  /** The area id of the zone lit up as "Nu", or null when none is. */
  async currentZoneId(): Promise<string | null> {
    if ((await this.currentZone.count()) === 0) return null
    return this.currentZone.getAttribute('data-area-id', { timeout: 5_000 })
  }

  async nudgeKind(): Promise<string | null> {
    if ((await this.nudge.count()) === 0) return null
    return this.nudge.getAttribute('data-nudge', { timeout: 5_000 })
  }

  /** The question badges on the board: which note, and whether it reads as a question. */
  async badges(): Promise<{ shapeId: string; question: boolean }[]> {
    return this.questionBadges.evaluateAll((elements) =>
      (elements as unknown as { getAttribute(name: string): string | null }[]).map((element) => ({
        shapeId: element.getAttribute('data-shape-id') ?? '',
        question: element.getAttribute('data-question') === 'true',
      })),
    )
  }

  /** The middle of my own column, as a fraction of the board (for `BoardPage.addNote`). */
  async ownColumnPoint(board: Locator, down = 0.3): Promise<BoardPoint> {
    const column = await this.ownColumn.boundingBox({ timeout: 5_000 })
    const area = await board.boundingBox({ timeout: 5_000 })
    if (!column || !area) throw new Error('own column or board not visible')
    return {
      x: (column.x + column.width / 2 - area.x) / area.width,
      y: (column.y + column.height * down - area.y) / area.height,
    }
  }
}
