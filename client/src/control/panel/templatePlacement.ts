import { type AreaState, boundsOf, TEMPLATE_GAP } from '@reflectiebord/shared'
import { Box, type Editor } from 'tldraw'

/**
 * Where a new template goes: to the right of everything on the page, so it never lands on
 * earlier work; in the middle of the view when the page is empty. The server may still move
 * it further if zones would overlap.
 */
export function templateOrigin(editor: Editor): { x: number; y: number } {
  const content = editor.getCurrentPageBounds()
  if (content) return { x: Math.round(content.maxX + TEMPLATE_GAP), y: Math.round(content.minY) }
  const view = editor.getViewportPageBounds()
  return {
    x: Math.round(view.minX + TEMPLATE_GAP / 2),
    y: Math.round(view.minY + TEMPLATE_GAP / 2),
  }
}

/** Moves my camera so the zones of one loaded template fill the view. */
export function showAreas(editor: Editor, areas: readonly AreaState[]): void {
  const bounds = boundsOf(areas)
  if (!bounds) return
  editor.zoomToBounds(new Box(bounds.x, bounds.y, bounds.w, bounds.h), {
    inset: 48,
    targetZoom: 1,
    animation: { duration: editor.options.animationMediumMs },
  })
}
