import { useUiStore } from '../../state/uiStore.ts'
import type { AreaShape } from './areaShape.ts'

/**
 * What a zone looks like: a light tint, a clear border, and a title bar with the instruction
 * under it. Sized in page units, so at 100% zoom the title reads like a heading and the
 * instruction like body text. The words carry the meaning; the tint only groups.
 */
export function AreaZone({ shape }: { shape: AreaShape }) {
  const language = useUiStore((state) => state.language)
  const { w, h, title, instruction } = shape.props
  return (
    <div className="area-zone" style={{ width: w, height: h }} data-area-id={shape.id}>
      <div className="area-zone__header">
        <div className="area-zone__title">{title[language] || title.nl}</div>
        <div className="area-zone__instruction">{instruction[language] || instruction.nl}</div>
      </div>
    </div>
  )
}
