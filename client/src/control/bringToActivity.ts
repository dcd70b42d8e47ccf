import { type AreaState, boundsOf, readableCamera } from '@reflectiebord/shared'
import type { Editor } from 'tldraw'

/**
 * Moves my view to the work of now, framed so its text is readable (see `readableCamera`),
 * with tldraw's own short animation unless the person asked for less motion.
 */
export function bringToAreas(editor: Editor, areas: readonly AreaState[]): void {
  const bounds = boundsOf(areas)
  if (!bounds) return
  const screen = editor.getViewportScreenBounds()
  const camera = readableCamera(bounds, { w: screen.w, h: screen.h })
  editor.setCamera(camera, {
    animation: editor.user.getAnimationSpeed() > 0 ? { duration: 400 } : undefined,
  })
}

/** Whether any part of these zones is in my view now. */
export function seesAreas(editor: Editor, areas: readonly AreaState[]): boolean {
  const view = editor.getViewportPageBounds()
  return areas.some(
    (area) =>
      area.x < view.maxX &&
      area.x + area.w > view.minX &&
      area.y < view.maxY &&
      area.y + area.h > view.minY,
  )
}
