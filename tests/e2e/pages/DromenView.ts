import type { BoardRecord } from '@reflectiebord/shared'
import type { Locator, Page } from 'playwright-core'
import type { HookWindow } from '../fixtures/boardHook.ts'

/** A picture of Dromen met beelden on the board, as one browser sees it. */
export interface DreamPicture {
  id: string
  /** The group (picture + why-note) or frame it sits in. */
  parentId: string
  parentType: string | null
  src: string | null
  alt: string
  /** Page bounds. */
  x: number
  y: number
  w: number
  h: number
  why: string | null
}

/**
 * Dromen met beelden as everyone sees it (the strip above the board, the picture library,
 * own photos, cluster and vision tools) and the facilitator's section of the panel.
 */
export class DromenView {
  readonly page: Page
  readonly layer: Locator
  readonly libraryToggle: Locator
  readonly library: Locator
  readonly search: Locator
  readonly place: Locator
  readonly ownPhotoInput: Locator
  readonly ownPhotoError: Locator
  readonly mySpotMarker: Locator
  readonly goToMySpot: Locator
  readonly spotlightNotice: Locator
  readonly clusterNew: Locator
  readonly clusterNameInput: Locator
  readonly clusterMoveTarget: Locator
  readonly clusterMove: Locator
  readonly visionNew: Locator
  readonly section: Locator
  readonly start: Locator
  readonly resultToggle: Locator
  readonly result: Locator

  constructor(page: Page) {
    this.page = page
    this.layer = page.getByTestId('dromen-layer')
    this.libraryToggle = page.getByTestId('picture-library-toggle')
    this.library = page.getByTestId('picture-library')
    this.search = page.getByTestId('picture-search')
    this.place = page.getByTestId('picture-place')
    this.ownPhotoInput = page.getByTestId('own-photo-input')
    this.ownPhotoError = page.getByTestId('own-photo-error')
    this.mySpotMarker = page.getByTestId('my-spot-marker')
    this.goToMySpot = page.getByTestId('go-to-my-spot')
    this.spotlightNotice = page.getByTestId('dromen-spotlight-notice')
    this.clusterNew = page.getByTestId('cluster-new')
    this.clusterNameInput = page.getByTestId('cluster-name-input')
    this.clusterMoveTarget = page.getByTestId('cluster-move-target')
    this.clusterMove = page.getByTestId('cluster-move')
    this.visionNew = page.getByTestId('vision-new')
    this.section = page.getByTestId('dromen-section')
    this.start = page.getByTestId('dromen-start')
    this.resultToggle = page.getByTestId('dromen-result-toggle')
    this.result = page.getByTestId('dromen-result')
  }

  picture(id: string): Locator {
    return this.page.getByTestId(`picture-${id}`)
  }

  spotlight(publicId: string): Locator {
    return this.page.getByTestId(`dromen-spotlight-${publicId}`)
  }

  visionLink(frameId: string): Locator {
    return this.page.getByTestId(`vision-link-${frameId}`)
  }

  async openLibrary(): Promise<void> {
    if (await this.library.isVisible()) return
    await this.libraryToggle.click({ timeout: 5_000 })
    await this.library.waitFor({ state: 'visible', timeout: 5_000 })
  }

  /** Searches, chooses a picture and places it with the keyboard path ("Op mijn plek zetten"). */
  async placeFromLibrary(query: string, pictureId: string): Promise<void> {
    await this.openLibrary()
    await this.search.fill(query, { timeout: 5_000 })
    await this.picture(pictureId).click({ timeout: 5_000 })
    await this.place.click({ timeout: 5_000 })
  }

  /** Types into the note being edited (the why-note tldraw just opened), then stops editing. */
  async writeInEditedNote(text: string): Promise<void> {
    await this.page.waitForFunction(
      () =>
        (globalThis as unknown as HookWindow).__reflectiebord?.editor.getEditingShapeId() != null,
      undefined,
      { timeout: 5_000 },
    )
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Escape')
  }

  /** The dream pictures on this board, with their why-notes. */
  pictures(): Promise<DreamPicture[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const editor = hook.editor
      const shapes = hook.getShapes()
      const textOf = (richText: unknown): string => {
        const parts: string[] = []
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return
          const { text, content } = node as { text?: unknown; content?: unknown }
          if (typeof text === 'string') parts.push(text)
          if (Array.isArray(content)) content.forEach(walk)
        }
        walk(richText)
        return parts.join('').trim()
      }
      return shapes
        .filter((shape) => shape.type === 'image' && shape.meta.dream === true)
        .map((shape) => {
          const bounds = editor.getShapePageBounds(shape.id)
          const props = shape.props as { assetId: string | null; altText: string }
          const asset = editor.getAssets().find((a) => a.id === props.assetId)
          const note = shapes.find((s) => s.type === 'note' && s.meta.whyFor === shape.id)
          return {
            id: shape.id,
            parentId: shape.parentId,
            parentType: editor.getShape(shape.parentId as never)?.type ?? null,
            src: (asset?.props as { src?: string | null } | undefined)?.src ?? null,
            alt: props.altText,
            x: bounds?.x ?? 0,
            y: bounds?.y ?? 0,
            w: bounds?.w ?? 0,
            h: bounds?.h ?? 0,
            why: note ? textOf((note.props as { richText: unknown }).richText) : null,
          }
        })
    })
  }

  /** Every document record (shapes and assets), for `readDreamResult`. */
  records(): Promise<BoardRecord[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return JSON.parse(JSON.stringify(hook.getRecords())) as never
    })
  }

  /** The middle of what this browser shows, in page coordinates. */
  viewCenter(): Promise<{ x: number; y: number }> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const center = hook.editor.getViewportPageBounds().center
      return { x: center.x, y: center.y }
    })
  }

  /** Clicks a shape where it is drawn on screen (the camera must show it). */
  async clickShape(shapeId: string): Promise<void> {
    const point = await this.page.evaluate((id) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const bounds = hook.editor.getShapePageBounds(id as never)
      if (!bounds) throw new Error(`no shape ${id}`)
      // Upper left part of a picture: clear of the why-note on its lower right corner.
      return hook.editor.pageToScreen({
        x: bounds.x + bounds.w * 0.3,
        y: bounds.y + bounds.h * 0.3,
      })
    }, shapeId)
    await this.page.mouse.click(point.x, point.y)
  }

  /** The single selected shape's id, or null. */
  selectedIds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      return hook.editor.getSelectedShapeIds() as string[]
    })
  }
}
