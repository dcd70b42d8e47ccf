import type { Rect } from '@reflectiebord/shared'
import { Box, type Editor } from 'tldraw'
import { isSharedRecord } from '../../board/bindStoreToYDoc.ts'

/**
 * Moves the view to a personal spot, with the pictures that run out below it, once: the
 * person can look around freely afterwards.
 */
export function showSpot(editor: Editor, spot: Rect): void {
  const pageId = editor.getCurrentPageId()
  let bounds = new Box(spot.x, spot.y, spot.w, spot.h)
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.parentId !== pageId || !isSharedRecord(shape)) continue
    const box = editor.getShapePageBounds(shape)
    if (!box) continue
    const inColumn = box.center.x >= spot.x && box.center.x <= spot.x + spot.w
    const below = box.y >= spot.y && box.y <= spot.y + spot.h * 2
    if (inColumn && below) bounds = Box.Common([bounds, box])
  }
  editor.zoomToBounds(bounds, { inset: 48, targetZoom: 1, animation: { duration: 400 } })
}
