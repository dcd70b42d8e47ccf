import type { AreaState } from '@reflectiebord/shared'
import type { Editor, IndexKey, TLPageId, TLShape } from 'tldraw'
import { AREA_SHAPE_TYPE, type AreaShape, areaShapeId, isAreaShape } from './areaShape.ts'

/**
 * The z-order slot of zones: far below `a1`, where tldraw puts the first shape of a page, and
 * below the first few dozen "send to back"s of older boards. All zones share it: they never
 * overlap, and user shapes are kept above it (see `guardAreas`).
 */
export const AREA_INDEX = 'Y00' as IndexKey

function toShape(area: AreaState, pageId: TLPageId): AreaShape {
  return {
    id: areaShapeId(area.key),
    typeName: 'shape',
    type: AREA_SHAPE_TYPE,
    x: area.x,
    y: area.y,
    rotation: 0,
    index: AREA_INDEX,
    parentId: pageId,
    isLocked: true,
    opacity: 1,
    props: {
      w: area.w,
      h: area.h,
      title: { nl: area.title.nl, en: area.title.en },
      instruction: { nl: area.instruction.nl, en: area.instruction.en },
    },
    meta: {},
  }
}

function sameShape(a: TLShape, b: AreaShape): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Makes the zones in the store match session control state: adds, updates and removes only
 * what differs. Done as a remote change, so zones never enter the undo history and the board
 * binding (which listens to user changes only) never sees them.
 */
export function projectAreas(editor: Editor, areas: readonly AreaState[]): void {
  const pageId = editor.getPages()[0]?.id
  if (!pageId) return
  const wanted = new Map(areas.map((area) => [areaShapeId(area.key), toShape(area, pageId)]))
  const present = editor.store
    .allRecords()
    .filter((record): record is AreaShape => record.typeName === 'shape' && isAreaShape(record))

  const toRemove = present.filter((shape) => !wanted.has(shape.id)).map((shape) => shape.id)
  const byId = new Map(present.map((shape) => [shape.id, shape]))
  const toPut = [...wanted.values()].filter((shape) => {
    const current = byId.get(shape.id)
    return !current || !sameShape(current, shape)
  })
  if (toRemove.length === 0 && toPut.length === 0) return

  editor.store.mergeRemoteChanges(() => {
    if (toRemove.length > 0) editor.store.remove(toRemove)
    for (const shape of toPut) {
      // One zone the schema refuses (say, a zero width) must not keep the others away.
      try {
        editor.store.put([shape])
      } catch (error) {
        console.warn(`reflectiebord: ignored invalid zone ${shape.id}`, error)
      }
    }
  })
}
