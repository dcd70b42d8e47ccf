import {
  type AreaState,
  type BoardIndex,
  type BoardRecord,
  plainText,
  shapeCenter,
  zoneAt,
} from '@reflectiebord/shared'
import type { BoardChange, ChangeTarget } from './changeBatch.ts'

/** One store change set, as tldraw's `store.listen` hands it over, read as board records. */
export interface BoardDiff {
  added: Readonly<Record<string, BoardRecord>>
  updated: Readonly<Record<string, readonly [BoardRecord, BoardRecord]>>
  removed: Readonly<Record<string, BoardRecord>>
}

function targetOf(shape: BoardRecord, index: BoardIndex): ChangeTarget | null {
  switch (shape.type) {
    case 'note':
    case 'text':
      return 'note'
    case 'image':
      return 'picture'
    case 'frame':
      return 'frame'
    case 'group': {
      // A group is a picture with its note, or a few notes: it is told as what it holds.
      const inside = [...index.values()].filter((record) => record.parentId === shape.id)
      if (inside.some((record) => record.type === 'image')) return 'picture'
      return inside.length > 0 ? 'note' : null
    }
    default:
      return 'other'
  }
}

/** What a shape says: its text, a frame's name or a picture's description. */
function wordsOf(shape: BoardRecord): string {
  const props = shape.props ?? {}
  if (shape.type === 'frame') return String(props.name ?? '')
  if (shape.type === 'image') return String(props.altText ?? '')
  return plainText(props.richText)
}

function zoneKeyOf(
  shape: BoardRecord,
  index: BoardIndex,
  areas: readonly AreaState[],
): string | null {
  const center = shapeCenter(shape, index) ?? groupCenter(shape, index)
  return center ? (zoneAt(areas, center)?.key ?? null) : null
}

function groupCenter(shape: BoardRecord, index: BoardIndex): { x: number; y: number } | null {
  const centers = [...index.values()]
    .filter((record) => record.parentId === shape.id)
    .map((child) => shapeCenter(child, index))
    .filter((center) => center !== null)
  if (centers.length === 0) return null
  return {
    x: centers.reduce((sum, c) => sum + c.x, 0) / centers.length,
    y: centers.reduce((sum, c) => sum + c.y, 0) / centers.length,
  }
}

/**
 * Other people's changes in one store change set, as the list view announces them: a shape
 * added or removed, its words changed, or it moved to another zone. Placing a picture adds a
 * picture, a note and a group at once: the group itself is not news, only its moving.
 * `index` is the board after the change.
 */
export function boardChanges(
  diff: BoardDiff,
  index: BoardIndex,
  areas: readonly AreaState[],
): BoardChange[] {
  const changes: BoardChange[] = []
  const isShape = (record: BoardRecord) => record.typeName === 'shape'
  for (const shape of Object.values(diff.added)) {
    if (!isShape(shape) || shape.type === 'group') continue
    const target = targetOf(shape, index)
    if (target)
      changes.push({ id: shape.id, kind: 'added', target, zoneKey: zoneKeyOf(shape, index, areas) })
  }
  for (const [from, to] of Object.values(diff.updated)) {
    if (!isShape(to)) continue
    const target = targetOf(to, index)
    if (!target) continue
    if (to.type !== 'group' && wordsOf(from) !== wordsOf(to)) {
      changes.push({ id: to.id, kind: 'edited', target, zoneKey: zoneKeyOf(to, index, areas) })
      continue
    }
    const placed = from.x !== to.x || from.y !== to.y || from.parentId !== to.parentId
    if (!placed) continue
    // A group's place comes from its children, read through the group as it was before.
    const before = zoneKeyOf(from, new Map(index).set(from.id, from), areas)
    const after = zoneKeyOf(to, index, areas)
    if (before !== after) changes.push({ id: to.id, kind: 'moved', target, zoneKey: after })
  }
  for (const shape of Object.values(diff.removed)) {
    if (!isShape(shape) || shape.type === 'group') continue
    const target = targetOf(shape, index)
    if (target) {
      changes.push({
        id: shape.id,
        kind: 'removed',
        target,
        zoneKey: zoneKeyOf(shape, index, areas),
      })
    }
  }
  return changes
}
