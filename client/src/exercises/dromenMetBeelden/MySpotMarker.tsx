import type { Rect } from '@reflectiebord/shared'
import { createPortal } from 'react-dom'
import { type Editor, useValue } from 'tldraw'
import { useDromenT } from './messages.ts'

/**
 * "Jouw plek": a dashed outline and a label on my own spot, drawn over the canvas where the
 * spot is (it follows the camera) and never in the way of the pointer. Shape and words say
 * it, not a colour.
 */
export function MySpotMarker({ editor, spot }: { editor: Editor; spot: Rect }) {
  const t = useDromenT()
  const box = useValue('dromen:my-spot-marker', () => {
    const topLeft = editor.pageToViewport({ x: spot.x, y: spot.y })
    const zoom = editor.getZoomLevel()
    return { x: topLeft.x, y: topLeft.y, w: spot.w * zoom, h: spot.h * zoom }
  }, [editor, spot.x, spot.y, spot.w, spot.h])
  return createPortal(
    <div
      className="dromen-my-spot"
      data-testid="my-spot-marker"
      style={{ left: box.x, top: box.y, width: box.w, height: box.h }}
    >
      <span className="dromen-my-spot__label">
        <span aria-hidden="true">★ </span>
        {/* Zoomed far out the words would cover the neighbours' spots: the star stays. */}
        {box.w >= 110 ? (
          t('layer.mySpot')
        ) : (
          <span className="visually-hidden">{t('layer.mySpot')}</span>
        )}
      </span>
    </div>,
    editor.getContainer(),
  )
}
