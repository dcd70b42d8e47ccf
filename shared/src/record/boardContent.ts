/**
 * Reading a board's tldraw records as a record section needs them: where a shape lies on the
 * page, which zone holds it, the order people read it in, and its text with redaction kept.
 * Pure, and shared by every section, so all of them place and read a note the same way.
 */
import { type BoardRecord, plainText } from '../board/boardRecord.ts'
import { boundsOf, type Rect } from '../control/areaLayout.ts'
import type { AreaState } from '../control/controlState.ts'

export interface Point {
  x: number
  y: number
}

/** The meta field the server sets on a shape whose text it blanked out (`redactShape`). */
export const REDACTED_META = 'redacted'

/** tldraw notes are 200 units square at scale 1; `growY` lengthens a note with long text. */
const NOTE_SIZE = 200
/** tldraw's text sizes and line height: text shapes store no height, so it is estimated. */
const TEXT_FONT_SIZES: Readonly<Record<string, number>> = { s: 18, m: 24, l: 36, xl: 44 }
const TEXT_LINE_HEIGHT = 1.35
/**
 * Centres closer than this (vertically) count as one row. Notes put side by side by hand are
 * never exactly level, and a strict top-to-bottom order would read such a row zigzagging.
 * A quarter of a note: two notes a full note apart are never merged into one row.
 */
const ROW_TOLERANCE = NOTE_SIZE / 4

export type BoardIndex = ReadonlyMap<string, BoardRecord>

export function indexBoard(board: readonly BoardRecord[]): BoardIndex {
  return new Map(board.map((record) => [record.id, record]))
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

function rotationOf(shape: BoardRecord): number {
  // Not part of BoardRecord (most readers ignore it), but a rotated frame moves its children.
  return finite((shape as BoardRecord & { rotation?: unknown }).rotation, 0)
}

interface Placement extends Point {
  rotation: number
}

function apply(placement: Placement, local: Point): Point {
  const cos = Math.cos(placement.rotation)
  const sin = Math.sin(placement.rotation)
  return {
    x: placement.x + cos * local.x - sin * local.y,
    y: placement.y + sin * local.x + cos * local.y,
  }
}

/**
 * Where a shape's origin lies on the page, and its rotation there. A shape in a frame or group
 * stores its position relative to that parent, so every parent up to the page adds its own.
 */
export function pagePlacement(shape: BoardRecord, index: BoardIndex): Placement {
  const chain: BoardRecord[] = []
  const seen = new Set<string>()
  let current: BoardRecord | undefined = shape
  // A document edited by many hands could hold a parent loop; stop rather than spin.
  while (current?.typeName === 'shape' && !seen.has(current.id)) {
    seen.add(current.id)
    chain.unshift(current)
    current = current.parentId ? index.get(current.parentId) : undefined
  }
  let placement: Placement = { x: 0, y: 0, rotation: 0 }
  for (const link of chain) {
    const origin = apply(placement, { x: finite(link.x, 0), y: finite(link.y, 0) })
    placement = { ...origin, rotation: placement.rotation + rotationOf(link) }
  }
  return placement
}

/** A shape's width and height as drawn, or null for shapes without a size (a group). */
export function shapeSize(shape: BoardRecord): { w: number; h: number } | null {
  const props = shape.props ?? {}
  const scale = finite(props.scale, 1)
  if (shape.type === 'note') {
    return { w: NOTE_SIZE * scale, h: (NOTE_SIZE + finite(props.growY, 0)) * scale }
  }
  if (shape.type === 'text') {
    const lines = plainText(props.richText).split('\n').length
    const fontSize = TEXT_FONT_SIZES[String(props.size)] ?? TEXT_FONT_SIZES.m ?? 24
    return { w: finite(props.w, 0) * scale, h: lines * fontSize * TEXT_LINE_HEIGHT * scale }
  }
  const w = finite(props.w, Number.NaN)
  const h = finite(props.h, Number.NaN)
  return Number.isNaN(w) || Number.isNaN(h) ? null : { w, h }
}

/** The middle of a shape on the page: what decides which zone (or cluster) it belongs to. */
export function shapeCenter(shape: BoardRecord, index: BoardIndex): Point | null {
  const size = shapeSize(shape)
  if (!size) return null
  return apply(pagePlacement(shape, index), { x: size.w / 2, y: size.h / 2 })
}

/** Edges count as inside: a note centred on a zone's border still belongs to that zone. */
export function containsPoint(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.w &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.h
  )
}

/** Reading order on a board: rows from top to bottom, each row from left to right. */
export function inReadingOrder<T>(items: readonly T[], centerOf: (item: T) => Point): T[] {
  const byTop = [...items].sort((a, b) => centerOf(a).y - centerOf(b).y)
  const rows: T[][] = []
  let rowTop = Number.NEGATIVE_INFINITY
  for (const item of byTop) {
    const { y } = centerOf(item)
    const row = rows.at(-1)
    if (row && y - rowTop <= ROW_TOLERANCE) {
      row.push(item)
    } else {
      rows.push([item])
      rowTop = y
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => centerOf(a).x - centerOf(b).x))
}

export function isRedacted(shape: BoardRecord): boolean {
  return shape.meta?.[REDACTED_META] === true
}

/**
 * A shape's text, or `redactedText` for a shape a facilitator blanked out: whatever the record
 * still holds there is never passed on.
 */
export function shapeText(shape: BoardRecord, redactedText: string): string {
  return isRedacted(shape) ? redactedText : plainText(shape.props?.richText)
}

/**
 * The board with every redacted shape's text replaced by `redactedText`, for readers (such as
 * an exercise's own result readers) that read text themselves and know nothing of redaction.
 */
export function withRedactionText(
  board: readonly BoardRecord[],
  redactedText: string,
): BoardRecord[] {
  return board.map((record) =>
    isRedacted(record) && record.props
      ? { ...record, props: { ...record.props, richText: redactedText } }
      : record,
  )
}

/** Something written on the board: a sticky note or a text shape. */
export interface BoardText {
  id: string
  text: string
  redacted: boolean
  center: Point
  meta: Readonly<Record<string, unknown>>
}

/**
 * Every note and text shape on the board with its centre and text. Empty ones are left out:
 * a blank note says nothing. A redacted one stays, so the record shows that something was
 * written there.
 */
export function boardTexts(board: readonly BoardRecord[], redactedText: string): BoardText[] {
  const index = indexBoard(board)
  const texts: BoardText[] = []
  for (const shape of board) {
    if (shape.typeName !== 'shape' || (shape.type !== 'note' && shape.type !== 'text')) continue
    const center = shapeCenter(shape, index)
    const text = shapeText(shape, redactedText)
    if (!center || (text === '' && !isRedacted(shape))) continue
    texts.push({ id: shape.id, text, redacted: isRedacted(shape), center, meta: shape.meta ?? {} })
  }
  return texts
}

/** The texts whose centre lies in `rect`, in reading order. */
export function textsIn(texts: readonly BoardText[], rect: Rect): BoardText[] {
  return inReadingOrder(
    texts.filter((text) => containsPoint(rect, text.center)),
    (text) => text.center,
  )
}

/** A zone of one loaded template copy: `instanceId` and `areaId` together name it. */
export function findZone(
  areas: readonly AreaState[],
  instanceId: string,
  areaId: string,
): AreaState | undefined {
  return areas.find((area) => area.instanceId === instanceId && area.areaId === areaId)
}

function distance(rect: Rect, point: Point): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.w))
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.h))
  return Math.hypot(dx, dy)
}

/**
 * Which loaded copy of a template a point belongs to: the copy whose zones (taken together)
 * hold it, or else the nearest. For what a template does not tie to one zone (a cluster frame
 * dragged anywhere), so that two copies of it each report only their own part of the board.
 */
export function nearestInstance(
  areas: readonly AreaState[],
  templateId: string,
  point: Point,
): string | null {
  const byInstance = new Map<string, AreaState[]>()
  for (const area of areas) {
    if (area.templateId !== templateId) continue
    byInstance.set(area.instanceId, [...(byInstance.get(area.instanceId) ?? []), area])
  }
  let best: { instanceId: string; distance: number } | null = null
  for (const [instanceId, zones] of byInstance) {
    const bounds = boundsOf(zones)
    if (!bounds) continue
    const d = distance(bounds, point)
    if (!best || d < best.distance) best = { instanceId, distance: d }
  }
  return best?.instanceId ?? null
}
