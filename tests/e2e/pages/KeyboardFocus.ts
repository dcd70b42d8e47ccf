import type { Page } from 'playwright-core'

export type TabDirection = 'forward' | 'backward'

/** The focused element, named by its `data-testid`, else its id, else its tag. */
export interface FocusedElement {
  name: string
  /** Whether it sits inside the element with the given test id (see `focused`). */
  inside: boolean
}

/**
 * Moving through a page with the keyboard only, as someone without a mouse does: Tab and
 * Shift+Tab from one focusable element to the next, and reading where the focus is.
 */
export class KeyboardFocus {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** Where the focus is now, and whether it is inside the element with test id `within`. */
  focused(within = ''): Promise<FocusedElement> {
    return this.page.evaluate((within) => {
      const doc = (globalThis as unknown as { document: FocusDocument }).document
      const active = doc.activeElement
      if (!active || active === doc.body) return { name: 'body', inside: false }
      const container = within ? doc.querySelector(`[data-testid="${within}"]`) : null
      const name =
        active.getAttribute('data-testid') ??
        (active.id ? `#${active.id}` : active.tagName.toLowerCase())
      return { name, inside: container?.contains(active) ?? false }
    }, within)
  }

  async focusedName(): Promise<string> {
    return (await this.focused()).name
  }

  /**
   * Presses Tab (or Shift+Tab) until the element with this test id has the focus. Fails with
   * the path it took when that takes more than `maxPresses`: the element cannot be reached.
   */
  async tabTo(
    testId: string,
    direction: TabDirection = 'forward',
    maxPresses = 80,
  ): Promise<number> {
    const key = direction === 'forward' ? 'Tab' : 'Shift+Tab'
    const path: string[] = []
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      const name = await this.focusedName()
      if (name === testId) return presses
      path.push(name)
      await this.page.keyboard.press(key)
    }
    throw new Error(
      `${testId} was not reached with ${maxPresses} × ${key}; the focus went: ${path.join(' → ')}`,
    )
  }

  /**
   * Tabs from the current focus through a container until the focus leaves it, and returns
   * the elements it stopped on, in order.
   */
  async stopsWithin(
    container: string,
    direction: TabDirection,
    maxPresses = 80,
  ): Promise<string[]> {
    const key = direction === 'forward' ? 'Tab' : 'Shift+Tab'
    const stops: string[] = []
    for (let presses = 0; presses < maxPresses; presses += 1) {
      await this.page.keyboard.press(key)
      const focused = await this.focused(container)
      if (!focused.inside) return stops
      stops.push(focused.name)
    }
    throw new Error(`the focus never left ${container}: ${stops.join(' → ')}`)
  }

  /**
   * Every element inside a container that a keyboard user should be able to reach: enabled
   * buttons, inputs, selects and links, and anything with a non-negative tabindex, in
   * document order, by test id.
   */
  reachableWithin(container: string): Promise<string[]> {
    return this.page.evaluate((container) => {
      const doc = (globalThis as unknown as { document: FocusDocument }).document
      const root = doc.querySelector(`[data-testid="${container}"]`)
      if (!root) return []
      return (
        Array.from(
          root.querySelectorAll(
            'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], details > summary, [tabindex]:not([tabindex="-1"])',
          ),
        )
          // A folded part of the panel keeps its controls in the page, hidden and out of reach.
          .filter((element) => element.closest('[hidden]') === null)
          .map(
            (element) =>
              element.getAttribute('data-testid') ??
              (element.id ? `#${element.id}` : element.tagName.toLowerCase()),
          )
      )
    }, container)
  }
}

/** The little of the DOM the page functions above use (the tests compile without DOM types). */
interface FocusElement {
  id: string
  tagName: string
  getAttribute(name: string): string | null
  contains(other: FocusElement): boolean
  querySelectorAll(selector: string): ArrayLike<FocusElement>
  closest(selector: string): FocusElement | null
}

interface FocusDocument {
  activeElement: FocusElement | null
  body: FocusElement
  querySelector(selector: string): FocusElement | null
}
