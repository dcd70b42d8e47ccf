import type { ControlState } from '@reflectiebord/shared'
import type { Locator, Page } from 'playwright-core'
import type { HookWindow } from '../fixtures/boardHook.ts'

/** What the shared timer shows one person: `data-remaining-ms`, `data-running` and the digits. */
export interface TimerReading {
  remainingMs: number
  running: boolean
  digits: string
  /** Local time (ms) in the test process when the attributes were read. */
  readAt: number
}

/** A template zone as one board shows it. */
export interface ZoneSummary {
  id: string
  x: number
  y: number
  w: number
  h: number
  isLocked: boolean
}

/**
 * What everyone sees of facilitation, facilitators and participants alike: the phase banner
 * with its timer, the follow banner, the closed-session banner, and session control through
 * the test hook.
 */
export class FacilitationView {
  readonly phaseBanner: Locator
  readonly exerciseTitle: Locator
  readonly phaseTitle: Locator
  readonly timerDisplay: Locator
  readonly followBanner: Locator
  readonly stopFollowing: Locator
  readonly resumeFollowing: Locator
  readonly sessionClosedBanner: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.phaseBanner = page.getByTestId('phase-banner')
    this.exerciseTitle = page.getByTestId('exercise-title')
    this.phaseTitle = page.getByTestId('phase-title')
    this.timerDisplay = page.getByTestId('timer-display')
    this.followBanner = page.getByTestId('follow-banner')
    this.stopFollowing = page.getByTestId('stop-following')
    this.resumeFollowing = page.getByTestId('resume-following')
    this.sessionClosedBanner = page.getByTestId('session-closed-banner')
  }

  /** The phase title in the banner, or null when there is no banner. */
  async phaseTitleText(): Promise<string | null> {
    if ((await this.phaseTitle.count()) === 0) return null
    return (await this.phaseTitle.textContent({ timeout: 5_000 }))?.trim() ?? null
  }

  /** The timer as shown now, or null when no timer is shown. */
  async timer(): Promise<TimerReading | null> {
    const shown = await this.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: DomLike }).document
      const display = doc.querySelector('[data-testid="timer-display"]')
      if (!display) return null
      return {
        remainingMs: Number(display.getAttribute('data-remaining-ms')),
        running: display.getAttribute('data-running') === 'true',
        digits: (display.textContent ?? '').trim(),
      }
    })
    return shown ? { ...shown, readAt: Date.now() } : null
  }

  /** Session control as this browser last received it. */
  control(): Promise<ControlState> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.control()
    })
  }

  /** This browser's estimate of server time minus its own, in ms. */
  clockOffset(): Promise<number> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.clockOffset()
    })
  }

  myPublicId(): Promise<string> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.myPublicId
    })
  }

  /** The template zones on this board, ordered by id. */
  zones(): Promise<ZoneSummary[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook
        .getAreaShapes()
        .map((shape) => {
          const props = shape.props as { w: number; h: number }
          return {
            id: shape.id as string,
            x: shape.x,
            y: shape.y,
            w: props.w,
            h: props.h,
            isLocked: shape.isLocked,
          }
        })
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    })
  }

  /** Whether this person's editor refuses edits (a closed session makes it read-only). */
  isReadonly(): Promise<boolean> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.editor.getIsReadonly()
    })
  }
}

/** The little of the DOM the page functions above use (the tests compile without DOM types). */
interface DomLike {
  querySelector(selector: string): {
    getAttribute(name: string): string | null
    textContent: string | null
  } | null
}
