import { HTMLContainer, type RecordProps, Rectangle2d, ShapeUtil, T } from 'tldraw'
import { AreaZone } from './AreaZone.tsx'
import { AREA_SHAPE_TYPE, type AreaShape } from './areaShape.ts'

const localizedText = T.object({ nl: T.string, en: T.string })

/**
 * Draws a template zone. Zones are scenery: locked, not bindable, not editable, not resizable,
 * and not a frame, so notes dropped on a zone stay children of the page (and survive the zone
 * being removed).
 */
export class AreaShapeUtil extends ShapeUtil<AreaShape> {
  static override type = AREA_SHAPE_TYPE
  static override props: RecordProps<AreaShape> = {
    w: T.nonZeroNumber,
    h: T.nonZeroNumber,
    title: localizedText,
    instruction: localizedText,
  }

  getDefaultProps(): AreaShape['props'] {
    return { w: 600, h: 400, title: { nl: '', en: '' }, instruction: { nl: '', en: '' } }
  }

  override canBind() {
    return false
  }
  override canEdit() {
    return false
  }
  override canResize() {
    return false
  }
  override hideRotateHandle() {
    return true
  }
  override hideSelectionBoundsFg() {
    return true
  }
  override canReceiveNewChildrenOfType() {
    return false
  }

  getGeometry(shape: AreaShape) {
    // Not filled: a click inside a zone reaches the canvas (brush, note tool), not the zone.
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: false })
  }

  component(shape: AreaShape) {
    return (
      <HTMLContainer>
        <AreaZone shape={shape} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: AreaShape) {
    const path = new Path2D()
    path.rect(0, 0, shape.props.w, shape.props.h)
    return path
  }
}
