import type { Locator, Page } from 'playwright-core'

/** One entry of the list view as a test reads it. */
export interface ListEntry {
  shapeId: string
  kind: string
  text: string
  mine: boolean
  selected: boolean
}

/**
 * The list view (Lijstweergave): its toggle in the top bar, the list itself, and what it says
 * to screen readers. Reads only the page, as a person (or their screen reader) would.
 */
export class ListViewPage {
  readonly page: Page
  readonly toggle: Locator
  readonly root: Locator
  readonly showBoard: Locator
  readonly now: Locator
  /** What the list tells about other people's changes (aria-live polite). */
  readonly changes: Locator
  /** What the list tells about my own actions (role=status). */
  readonly status: Locator
  readonly canvas: Locator

  constructor(page: Page) {
    this.page = page
    this.toggle = page.getByTestId('list-view-toggle')
    this.root = page.getByTestId('list-view')
    this.showBoard = this.root.getByTestId('list-show-board')
    this.now = this.root.getByTestId('list-now')
    this.changes = this.root.getByTestId('list-changes')
    this.status = this.root.getByTestId('list-status')
    this.canvas = page.getByTestId('board')
  }

  zone(areaId: string): Locator {
    return this.root.getByTestId(`list-zone-${areaId}`)
  }

  /** The entries of one zone (frames' and spots' contents included), or of the whole list. */
  entries(within: Locator = this.root): Promise<ListEntry[]> {
    return within.locator('[data-testid="list-item"]').evaluateAll((found) =>
      (found as unknown as EntryElement[]).map((element) => ({
        shapeId: element.getAttribute('data-shape-id') ?? '',
        kind: element.getAttribute('data-kind') ?? '',
        // Only the entry's own words: a frame's entry holds the entries inside it.
        text:
          (element.getAttribute('data-kind') === 'frame'
            ? element.querySelector(
                ':scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6',
              )?.textContent
            : element.querySelector(':scope > p [data-testid="list-item-text"]')?.textContent) ??
          '',
        mine: element.classList.contains('list-item--mine'),
        selected: element.getAttribute('aria-current') === 'true',
      })),
    )
  }

  async texts(within: Locator = this.root): Promise<string[]> {
    return (await this.entries(within)).map((entry) => entry.text)
  }

  /** Whether the canvas can be seen (a hidden canvas is still laid out, but not visible). */
  async canvasVisible(): Promise<boolean> {
    return this.canvas.isVisible()
  }

  /**
   * The name of the focused element as assistive technology would start reading it: its
   * test id, and the text of the list entry or heading it is.
   */
  focusedText(): Promise<string> {
    return this.page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { activeElement: { textContent: string | null } | null }
        }
      ).document
      return doc.activeElement?.textContent?.trim() ?? ''
    })
  }
}

/** The little of the DOM `entries` reads (the tests compile without DOM types). */
interface EntryElement {
  getAttribute(name: string): string | null
  querySelector(selector: string): { textContent: string | null } | null
  classList: { contains(name: string): boolean }
}
