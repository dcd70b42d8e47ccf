import type { Locator, Page } from 'playwright-core'
import type { TLInstancePresence, TLShape } from 'tldraw'
import type { HookWindow, NoteSummary, PresenceSummary } from '../fixtures/boardHook.ts'

export type ConnectionStatus = 'connected' | 'connecting' | 'offline'

/** A point on the board, as fractions of its width and height (0.5, 0.5 is the middle). */
export interface BoardPoint {
  x: number
  y: number
}

/** A tldraw camera: the page point at the screen's top left is (-x, -y), at zoom z. */
export interface Camera {
  x: number
  y: number
  z: number
}

/** The board of a session, seen by one person: the canvas, its status badge and its test hook. */
export class BoardPage {
  readonly board: Locator
  readonly connectionStatus: Locator
  readonly sessionTitle: Locator

  readonly page: Page

  constructor(page: Page) {
    this.page = page
    this.board = page.getByTestId('board')
    this.connectionStatus = page.getByTestId('connection-status')
    this.sessionTitle = page.getByTestId('session-title')
  }

  /** Waits until the board is shown, its test hook is there and it is connected. */
  async waitUntilReady(timeout = 30_000): Promise<void> {
    await this.waitUntilShown(timeout)
    await this.waitForStatus('connected', timeout)
  }

  /** Waits until the board is shown with its test hook, connected or not (offline). */
  async waitUntilShown(timeout = 30_000): Promise<void> {
    await this.board.waitFor({ state: 'visible', timeout })
    await this.page.waitForFunction(
      () => (globalThis as unknown as HookWindow).__reflectiebord?.editor !== undefined,
      undefined,
      { timeout },
    )
  }

  async status(): Promise<string | null> {
    return this.connectionStatus.getAttribute('data-status', { timeout: 5_000 })
  }

  async waitForStatus(status: ConnectionStatus, timeout = 20_000): Promise<void> {
    await this.page
      .locator(`[data-testid="connection-status"][data-status="${status}"]`)
      .waitFor({ state: 'attached', timeout })
  }

  /** The sticky notes on the current page, ordered by id. */
  notes(): Promise<NoteSummary[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook
        .getShapes()
        .filter((shape) => shape.type === 'note')
        .map((shape) => ({
          id: shape.id as string,
          text: hook.editor.getShapeUtil(shape).getText(shape) ?? '',
        }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    })
  }

  /** The texts of the sticky notes, sorted, for comparing boards regardless of ids. */
  async noteTexts(): Promise<string[]> {
    return (await this.notes()).map((note) => note.text).sort()
  }

  /** Every shape record of the current page, ordered by id: what two boards must agree on. */
  shapeRecords(): Promise<TLShape[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.getShapes().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    })
  }

  /** The other people this browser sees, from tldraw's `instance_presence` records. */
  presences(): Promise<PresenceSummary[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      // getRecords() holds only document-scope records; presence lives in the same store.
      return hook.editor.store
        .allRecords()
        .filter((record): record is TLInstancePresence => record.typeName === 'instance_presence')
        .map((record) => ({ userName: record.userName, hasCursor: record.cursor !== null }))
    })
  }

  async presentNames(): Promise<string[]> {
    return (await this.presences()).map((presence) => presence.userName).sort()
  }

  /** Screen coordinates of a point given as fractions of the board. */
  async screenPoint(at: BoardPoint): Promise<{ x: number; y: number }> {
    const box = await this.board.boundingBox({ timeout: 5_000 })
    if (!box) throw new Error('the board has no bounding box: is it visible?')
    return { x: box.x + box.width * at.x, y: box.y + box.height * at.y }
  }

  /** Moves the mouse over the board, so the others see this person's cursor there. */
  async moveCursorTo(at: BoardPoint): Promise<void> {
    const point = await this.screenPoint(at)
    await this.page.mouse.move(point.x, point.y, { steps: 5 })
  }

  /**
   * Writes a sticky note the way a person does: `n` for the note tool, a click on the board,
   * typing, then Escape. Resolves with the new note's id once its text is in the store.
   */
  async addNote(text: string, at: BoardPoint): Promise<string> {
    const before = new Set((await this.notes()).map((note) => note.id))
    const point = await this.screenPoint(at)
    // A click with the select tool on empty board gives the editor keyboard focus.
    await this.page.mouse.click(point.x, point.y)
    await this.page.keyboard.press('Escape')
    await this.page.keyboard.press('n')
    await this.page.waitForFunction(
      () =>
        (globalThis as unknown as HookWindow).__reflectiebord?.editor.getCurrentToolId() === 'note',
      undefined,
      { timeout: 5_000 },
    )
    await this.page.mouse.click(point.x, point.y)
    // Typing before the text editor has focus would send the letters to tldraw as shortcuts.
    await this.page.waitForFunction(
      () => {
        const editor = (globalThis as unknown as HookWindow).__reflectiebord?.editor
        const active = (
          globalThis as unknown as {
            document: { activeElement: { isContentEditable?: boolean } | null }
          }
        ).document.activeElement
        return editor?.getEditingShapeId() != null && active?.isContentEditable === true
      },
      undefined,
      { timeout: 5_000 },
    )
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
    const created = await this.page.waitForFunction(
      ({ known, wanted }) => {
        const hook = (globalThis as unknown as HookWindow).__reflectiebord
        if (!hook) return null
        const note = hook
          .getShapes()
          .find(
            (shape) =>
              shape.type === 'note' &&
              !known.includes(shape.id) &&
              hook.editor.getShapeUtil(shape).getText(shape) === wanted,
          )
        return note ? (note.id as string) : null
      },
      { known: [...before], wanted: text },
      { timeout: 10_000 },
    )
    return (await created.jsonValue()) as string
  }

  /**
   * Goes through the motions of writing a note (`n`, a click, typing, Escape) without waiting
   * for any of them to work: for boards that are expected to refuse.
   */
  async tryToAddNote(text: string, at: BoardPoint): Promise<void> {
    const point = await this.screenPoint(at)
    await this.page.mouse.click(point.x, point.y)
    await this.page.keyboard.press('Escape')
    await this.page.keyboard.press('n')
    await this.page.mouse.click(point.x, point.y)
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
  }

  /** The tool this person has in hand (`select`, `note`...). */
  currentToolId(): Promise<string> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.editor.getCurrentToolId()
    })
  }

  /** Undo with the keyboard, as a person does (Ctrl+Z, or Cmd+Z on a Mac). */
  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z')
  }

  /** This person's camera. */
  camera(): Promise<Camera> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const { x, y, z } = hook.editor.getCamera()
      return { x, y, z }
    })
  }

  /** The page point in the middle of this person's view of the board. */
  viewCenter(): Promise<{ x: number; y: number }> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const { x, y } = hook.editor.getViewportPageBounds().center
      return { x, y }
    })
  }

  /** Whether `point` lies inside this person's view of the board, and whom tldraw follows. */
  followState(point: {
    x: number
    y: number
  }): Promise<{ sees: boolean; followingUserId: string | null }> {
    return this.page.evaluate((p) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const view = hook.editor.getViewportPageBounds()
      const sees = p.x >= view.minX && p.x <= view.maxX && p.y >= view.minY && p.y <= view.maxY
      return { sees, followingUserId: hook.editor.getInstanceState().followingUserId }
    }, point)
  }

  /**
   * Moves this person's camera so the given page point is in the middle of their view, the
   * way panning does (a user-initiated camera change, no animation).
   */
  async lookAt(point: { x: number; y: number }, zoom = 1): Promise<void> {
    // A banner that just appeared or went makes the canvas shorter or taller; tldraw learns
    // of it a frame later. Centre on the viewport it will have, not the one it had.
    await this.page.waitForFunction(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) return false
      // The tests compile without the DOM library; in the page this is an HTMLElement.
      const element = hook.editor.getContainer() as unknown as {
        getBoundingClientRect(): { width: number; height: number }
      }
      const container = element.getBoundingClientRect()
      const screen = hook.editor.getViewportScreenBounds()
      return Math.abs(container.width - screen.w) < 1 && Math.abs(container.height - screen.h) < 1
    })
    await this.page.evaluate(
      ({ point, zoom }) => {
        const hook = (globalThis as unknown as HookWindow).__reflectiebord
        if (!hook) throw new Error('window.__reflectiebord is missing')
        const screen = hook.editor.getViewportScreenBounds()
        hook.editor.setCamera(
          { x: -point.x + screen.w / zoom / 2, y: -point.y + screen.h / zoom / 2, z: zoom },
          { immediate: true },
        )
      },
      { point, zoom },
    )
  }

  /** Screen coordinates (for the mouse) of a point on the page. */
  pageToScreen(point: { x: number; y: number }): Promise<{ x: number; y: number }> {
    return this.page.evaluate((point) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const { x, y } = hook.editor.pageToScreen(point)
      return { x, y }
    }, point)
  }

  /** The ids of the shapes this person has selected. */
  selectedIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.editor.getSelectedShapeIds().map((id) => id as string)
    })
  }

  /**
   * Where this browser sees another person's view centred, from their presence record, or
   * null while it has none. Follow-me follows exactly this.
   */
  presenceViewCenter(userName: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((userName) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const presence = hook.editor.store
        .allRecords()
        .find(
          (record): record is TLInstancePresence =>
            record.typeName === 'instance_presence' && record.userName === userName,
        )
      const { camera, screenBounds } = presence ?? {}
      if (!camera || !screenBounds) return null
      return {
        x: -camera.x + screenBounds.w / camera.z / 2,
        y: -camera.y + screenBounds.h / camera.z / 2,
      }
    }, userName)
  }
}
