import { type Editor, getIndexBetween, type IndexKey, type TLShape } from 'tldraw'
import { isAreaShape } from './areaShape.ts'
import { AREA_INDEX } from './projectAreas.ts'

/**
 * Local guard for template zones. The real protection is that zones are not in the shared
 * document at all; this keeps the local board honest too: a user change to a zone (through
 * a menu, a shortcut, or a script) is refused, and user shapes never sink below the zones,
 * where a zone's background would hide them.
 */
export function guardAreas(editor: Editor): () => void {
  const lowestUserIndexAbove = (shape: TLShape): IndexKey | null => {
    let lowest: IndexKey | null = null
    for (const id of editor.getSortedChildIdsForParent(shape.parentId)) {
      if (id === shape.id) continue
      const sibling = editor.getShape(id)
      if (!sibling || isAreaShape(sibling) || sibling.index <= AREA_INDEX) continue
      if (lowest === null || sibling.index < lowest) lowest = sibling.index
    }
    return lowest
  }

  // "Send to back" puts a shape below its lowest sibling, which may be a zone: lift it to
  // just above the zones instead, still behind every other shape.
  const keepAboveAreas = (shape: TLShape): TLShape => {
    if (isAreaShape(shape) || shape.index > AREA_INDEX) return shape
    if (editor.getShape(shape.parentId as TLShape['id']) !== undefined) return shape
    return { ...shape, index: getIndexBetween(AREA_INDEX, lowestUserIndexAbove(shape)) }
  }

  const stopChange = editor.sideEffects.registerBeforeChangeHandler(
    'shape',
    (prev, next, source) => {
      if (source !== 'user') return next
      if (isAreaShape(prev) || isAreaShape(next)) return prev
      return next.index === prev.index ? next : keepAboveAreas(next)
    },
  )
  const stopCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
    source === 'user' ? keepAboveAreas(shape) : shape,
  )
  const stopDelete = editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
    if (source === 'user' && isAreaShape(shape)) return false
    return undefined
  })
  return () => {
    stopChange()
    stopCreate()
    stopDelete()
  }
}
