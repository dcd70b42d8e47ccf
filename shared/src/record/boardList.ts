/**
 * The whole board as a list, for the list view (Lijstweergave): every loaded exercise with its
 * zones in the template's order, zones that lie inside another (personal spots) under it, and
 * in each zone what is written or placed there in reading order. Frames and groups keep their
 * contents. Read the same way as the session record (`boardContent.ts`), but every item keeps
 * its shape id, so the page can select, edit or move it. Pure.
 */
import { authorOf } from '../board/authorship.ts'
import { type BoardRecord, plainText } from '../board/boardRecord.ts'
import type { Rect } from '../control/areaLayout.ts'
import type { AreaState } from '../control/controlState.ts'
import {
  type BoardIndex,
  containsPoint,
  indexBoard,
  inReadingOrder,
  isRedacted,
  type Point,
  pagePlacement,
  shapeSize,
  shapeText,
} from './boardContent.ts'

/** What an item is to someone reading the list; the tldraw type stays in `shapeType`. */
export type BoardListKind = 'note' | 'text' | 'picture' | 'frame' | 'group' | 'shape'

export interface BoardListItem {
  /** The tldraw shape id. */
  id: string
  kind: BoardListKind
  shapeType: string
  /**
   * What it says: a note's or text's words (the placeholder when redacted), a picture's
   * description (alt text), a frame's name, a drawing's label; '' when it says nothing.
   */
  text: string
  redacted: boolean
  /** The public id of who made it, when the board says (`AUTHOR_META`). */
  authorId: string | null
  meta: Readonly<Record<string, unknown>>
  /** A picture's file, when known. */
  src: string | null
  /** What a frame or group holds, in reading order. */
  children: BoardListItem[]
  /** The frames and groups it sits in, nearest first. */
  ancestors: string[]
}

export interface BoardListZone {
  area: AreaState
  items: BoardListItem[]
  /** Zones lying inside this one (a personal spot in the spots zone), in reading order. */
  zones: BoardListZone[]
}

export interface BoardListInstance {
  instanceId: string
  templateId: string
  zones: BoardListZone[]
}

export interface BoardList {
  /** Loaded template copies in the order they lie on the board, left to right. */
  instances: BoardListInstance[]
  /** What lies outside every zone, in reading order. */
  outside: BoardListItem[]
}

export interface BoardListInput {
  /** The board's records (shapes and assets); template zones are not among them. */
  board: readonly BoardRecord[]
  areas: readonly AreaState[]
  /** The area ids of a template in the template's own order (empty when unknown). */
  areaOrder(templateId: string): readonly string[]
  /** Stands in for a redacted note's text. */
  redactedText: string
}

function area(rect: Rect): number {
  return rect.w * rect.h
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  )
}

function middle(rect: Rect): Point {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 }
}

/**
 * The zone a point belongs to: the smallest one holding it, so that a picture in a personal
 * spot belongs to the spot, not to the spots zone around it. Null outside every zone.
 */
export function zoneAt(areas: readonly AreaState[], point: Point): AreaState | null {
  let best: AreaState | null = null
  for (const candidate of areas) {
    if (!containsPoint(candidate, point)) continue
    if (!best || area(candidate) < area(best)) best = candidate
  }
  return best
}

/**
 * A shape's rectangle on the page, rotation left aside. A group has no size of its own: it
 * covers its children.
 */
export function shapeRect(
  shape: BoardRecord,
  index: BoardIndex,
  children: ReadonlyMap<string, readonly BoardRecord[]>,
  seen: Set<string> = new Set(),
): Rect | null {
  if (seen.has(shape.id)) return null
  seen.add(shape.id)
  const size = shapeSize(shape)
  if (size) {
    const { x, y } = pagePlacement(shape, index)
    return { x, y, w: size.w, h: size.h }
  }
  const parts = (children.get(shape.id) ?? [])
    .map((child) => shapeRect(child, index, children, seen))
    .filter((rect): rect is Rect => rect !== null)
  if (parts.length === 0) return null
  const x = Math.min(...parts.map((r) => r.x))
  const y = Math.min(...parts.map((r) => r.y))
  return {
    x,
    y,
    w: Math.max(...parts.map((r) => r.x + r.w)) - x,
    h: Math.max(...parts.map((r) => r.y + r.h)) - y,
  }
}

function kindOf(shape: BoardRecord): BoardListKind {
  switch (shape.type) {
    case 'note':
      return 'note'
    case 'text':
      return 'text'
    case 'image':
      return 'picture'
    case 'frame':
      return 'frame'
    case 'group':
      return 'group'
    default:
      return 'shape'
  }
}

function textOf(shape: BoardRecord, kind: BoardListKind, redactedText: string): string {
  const props = shape.props ?? {}
  if (kind === 'picture') return typeof props.altText === 'string' ? props.altText.trim() : ''
  if (kind === 'frame') return typeof props.name === 'string' ? props.name.trim() : ''
  if (kind === 'group') return ''
  if (kind === 'note' || kind === 'text') return shapeText(shape, redactedText)
  // Geo shapes and arrows carry an optional label.
  return isRedacted(shape) ? redactedText : plainText(props.richText)
}

/** A blank note or text says nothing: left out, as in the record. A redacted one stays. */
function saysNothing(item: BoardListItem): boolean {
  return (item.kind === 'note' || item.kind === 'text') && item.text === '' && !item.redacted
}

export function boardList(input: BoardListInput): BoardList {
  const shapes = input.board.filter((record) => record.typeName === 'shape')
  const index = indexBoard(input.board)
  const children = new Map<string, BoardRecord[]>()
  for (const shape of shapes) {
    const parent = shape.parentId ? index.get(shape.parentId) : undefined
    if (parent?.typeName !== 'shape' || !shape.parentId) continue
    children.set(shape.parentId, [...(children.get(shape.parentId) ?? []), shape])
  }
  const rects = new Map<string, Rect | null>()
  const rectOf = (shape: BoardRecord): Rect | null => {
    if (!rects.has(shape.id)) rects.set(shape.id, shapeRect(shape, index, children))
    return rects.get(shape.id) ?? null
  }
  const centerOf = (item: BoardListItem): Point => {
    const shape = index.get(item.id)
    const rect = shape ? rectOf(shape) : null
    return rect ? middle(rect) : { x: 0, y: 0 }
  }

  const toItem = (shape: BoardRecord, ancestors: string[], depth: number): BoardListItem => {
    const kind = kindOf(shape)
    const assetId = shape.props?.assetId
    const asset = typeof assetId === 'string' ? index.get(assetId) : undefined
    const src = asset?.props?.src
    // A parent loop in a document edited by many hands must not recurse forever.
    const inside =
      depth > 20 || ancestors.includes(shape.id)
        ? []
        : (children.get(shape.id) ?? [])
            .map((child) => toItem(child, [shape.id, ...ancestors], depth + 1))
            .filter((child) => !saysNothing(child))
    return {
      id: shape.id,
      kind,
      shapeType: shape.type ?? '',
      text: textOf(shape, kind, input.redactedText),
      redacted: isRedacted(shape),
      authorId: authorOf(shape),
      meta: shape.meta ?? {},
      src: kind === 'picture' && typeof src === 'string' ? src : null,
      children: inReadingOrder(inside, centerOf),
      ancestors,
    }
  }

  // Shapes on the page itself; what sits in a frame or group comes along with it.
  const topLevel = shapes
    .filter((shape) => index.get(shape.parentId ?? '')?.typeName !== 'shape')
    .map((shape) => toItem(shape, [], 0))
    .filter((item) => !saysNothing(item) && !(item.kind === 'group' && item.children.length === 0))

  const byZone = new Map<string, BoardListItem[]>()
  const outside: BoardListItem[] = []
  for (const item of topLevel) {
    const zone = zoneAt(input.areas, centerOf(item))
    if (zone) byZone.set(zone.key, [...(byZone.get(zone.key) ?? []), item])
    else outside.push(item)
  }

  return {
    instances: instancesInOrder(input.areas).map(({ instanceId, templateId, areas }) => ({
      instanceId,
      templateId,
      zones: nestZones(areas, input.areaOrder(templateId)).map(
        function toZone(node): BoardListZone {
          return {
            area: node.area,
            items: inReadingOrder(byZone.get(node.area.key) ?? [], centerOf),
            zones: node.inner.map(toZone),
          }
        },
      ),
    })),
    outside: inReadingOrder(outside, centerOf),
  }
}

/** Template copies left to right (then top to bottom), as `placeTemplateAreas` lays them out. */
function instancesInOrder(
  areas: readonly AreaState[],
): { instanceId: string; templateId: string; areas: AreaState[] }[] {
  const byInstance = new Map<string, AreaState[]>()
  for (const zone of areas) {
    byInstance.set(zone.instanceId, [...(byInstance.get(zone.instanceId) ?? []), zone])
  }
  const corner = (zones: readonly AreaState[]) => ({
    x: Math.min(...zones.map((z) => z.x)),
    y: Math.min(...zones.map((z) => z.y)),
  })
  return [...byInstance]
    .map(([instanceId, zones]) => ({
      instanceId,
      templateId: zones[0]?.templateId ?? '',
      areas: zones,
      corner: corner(zones),
    }))
    .sort((a, b) => a.corner.x - b.corner.x || a.corner.y - b.corner.y)
    .map(({ instanceId, templateId, areas }) => ({ instanceId, templateId, areas }))
}

interface ZoneNode {
  area: AreaState
  inner: ZoneNode[]
}

/**
 * One template copy's zones as a tree: a zone lying wholly inside another (the smallest such)
 * goes under it. The outer zones follow the template's order; zones the template does not
 * list (personal spots, made during the exercise) and inner zones follow reading order.
 */
function nestZones(areas: readonly AreaState[], order: readonly string[]): ZoneNode[] {
  const nodes = new Map(areas.map((zone) => [zone.key, { area: zone, inner: [] as ZoneNode[] }]))
  const roots: ZoneNode[] = []
  for (const node of nodes.values()) {
    let parent: ZoneNode | null = null
    for (const other of nodes.values()) {
      if (other === node || !containsRect(other.area, node.area)) continue
      // Two zones with the same rectangle: the first one listed holds the other.
      if (
        containsRect(node.area, other.area) &&
        areas.indexOf(other.area) > areas.indexOf(node.area)
      )
        continue
      if (!parent || area(other.area) < area(parent.area)) parent = other
    }
    if (parent) parent.inner.push(node)
    else roots.push(node)
  }
  const rank = (node: ZoneNode) => {
    const at = order.indexOf(node.area.areaId)
    return at === -1 ? order.length : at
  }
  const sortInner = (node: ZoneNode): ZoneNode => ({
    area: node.area,
    inner: inReadingOrder(node.inner, (inner) => middle(inner.area)).map(sortInner),
  })
  const listed = roots.filter((node) => rank(node) < order.length)
  const unlisted = roots.filter((node) => rank(node) === order.length)
  return [
    ...listed.sort((a, b) => rank(a) - rank(b)),
    ...inReadingOrder(unlisted, (node) => middle(node.area)),
  ].map(sortInner)
}

/** Every item of a list, frames' and groups' contents included, depth first. */
export function listItems(items: readonly BoardListItem[]): BoardListItem[] {
  return items.flatMap((item) => [item, ...listItems(item.children)])
}

/** Every item of the board list, in the order the list shows them. */
export function allListItems(list: BoardList): BoardListItem[] {
  const ofZone = (zone: BoardListZone): BoardListItem[] => [
    ...listItems(zone.items),
    ...zone.zones.flatMap(ofZone),
  ]
  return [...list.instances.flatMap((i) => i.zones.flatMap(ofZone)), ...listItems(list.outside)]
}
