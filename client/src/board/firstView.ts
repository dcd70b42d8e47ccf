import type { TLRecord } from 'tldraw'

/** A rectangle in page coordinates. */
export interface PageRect {
  x: number
  y: number
  w: number
  h: number
}

export interface FirstViewSplit {
  /** Everything but the shapes out of view: what the first frame needs. */
  first: TLRecord[]
  /** The rest, nearest to the view first, a shape's parent before it, a binding after both ends. */
  later: TLRecord[]
}

/** A note is 200 px square (it grows with its text); most other shapes say their size. */
const DEFAULT_SIZE = 200

/** Where a top-level shape lies, from its record alone (no editor yet): rotation is ignored. */
function roughBounds(shape: { x: number; y: number; props?: unknown }): PageRect {
  const props = (shape.props ?? {}) as Record<string, unknown>
  const number = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) ? value : fallback
  const scale = number(props.scale, 1)
  return {
    x: shape.x,
    y: shape.y,
    w: number(props.w, DEFAULT_SIZE) * scale,
    h: (number(props.h, DEFAULT_SIZE) + number(props.growY, 0)) * scale,
  }
}

function overlaps(a: PageRect, b: PageRect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h
}

type Shape = Extract<TLRecord, { typeName: 'shape' }>
type Binding = Extract<TLRecord, { typeName: 'binding' }>

/**
 * Splits a board's records for a quick first paint: the shapes that lie in `view` (a top-level
 * shape with everything in it) and every record that is not a shape come first; the other
 * shapes later, in batches. A shape inside a frame or group goes with its top-level shape, and
 * a binding (an arrow's end) with the later of the shapes it joins, so the store never holds a
 * child without its parent or a binding without its shapes.
 */
export function splitByFirstView(records: readonly TLRecord[], view: PageRect): FirstViewSplit {
  const shapes = new Map<string, Shape>()
  for (const record of records) if (record.typeName === 'shape') shapes.set(record.id, record)

  // The top-level shape each shape belongs to, and how deep it sits (parents go first).
  const topOf = new Map<string, { top: Shape; depth: number }>()
  const resolve = (shape: Shape): { top: Shape; depth: number } => {
    const known = topOf.get(shape.id)
    if (known) return known
    let top = shape
    let depth = 0
    const seen = new Set<string>([shape.id])
    for (let parent = shapes.get(top.parentId); parent && !seen.has(parent.id); ) {
      seen.add(parent.id)
      top = parent
      depth++
      parent = shapes.get(top.parentId)
    }
    const found = { top, depth }
    topOf.set(shape.id, found)
    return found
  }

  const inView = new Map<string, boolean>()
  const isInView = (top: Shape) => {
    let known = inView.get(top.id)
    if (known === undefined) {
      known = overlaps(roughBounds(top), view)
      inView.set(top.id, known)
    }
    return known
  }
  const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 }
  const distance = (top: Shape) => Math.hypot(top.x - centre.x, top.y - centre.y)

  const first: TLRecord[] = []
  const laterShapes: { shape: Shape; distance: number; depth: number }[] = []
  const bindings: Binding[] = []
  for (const record of records) {
    if (record.typeName === 'binding') {
      bindings.push(record)
      continue
    }
    if (record.typeName !== 'shape') {
      first.push(record)
      continue
    }
    const { top, depth } = resolve(record)
    if (isInView(top)) first.push(record)
    else laterShapes.push({ shape: record, distance: distance(top), depth })
  }
  laterShapes.sort((a, b) => a.distance - b.distance || a.depth - b.depth)

  const later: TLRecord[] = laterShapes.map(({ shape }) => shape)
  const position = new Map<string, number>(later.map((record, index) => [record.id, index]))
  // A binding waits for the later of its two ends; one whose ends are all here comes first.
  const waiting = new Map<number, Binding[]>()
  for (const binding of bindings) {
    const at = Math.max(position.get(binding.fromId) ?? -1, position.get(binding.toId) ?? -1)
    if (at < 0) first.push(binding)
    else waiting.set(at, [...(waiting.get(at) ?? []), binding])
  }
  const ordered: TLRecord[] = []
  later.forEach((record, index) => {
    ordered.push(record, ...(waiting.get(index) ?? []))
  })
  return { first, later: ordered }
}

/**
 * How far past the screen, in screens on every side, the first view reaches: enough for a view
 * that is moved a little or zoomed out a step right away. Every shape put in the store before
 * the first paint is drawn (and its text measured) before it, culled or not, so a wider margin
 * costs the first paint: measured with `pnpm run bench:page` (docs/benchmarks.md), a screen on
 * every side put 84 notes of a 2,000-note board in the first frame against 40 at a quarter.
 * The rest follows in batches from the next frame on, nearest first.
 */
export const FIRST_VIEW_MARGIN = 0.25

/**
 * The part of the page a first frame may show: what `camera` (null: tldraw's start, the page's
 * origin at zoom 1) shows on a screen of `screen` CSS pixels, widened by `FIRST_VIEW_MARGIN`
 * screens on every side.
 */
export function firstViewOf(
  camera: { x: number; y: number; z: number } | null,
  screen: { w: number; h: number },
): PageRect {
  const { x, y, z } = camera ?? { x: 0, y: 0, z: 1 }
  const w = screen.w / z
  const h = screen.h / z
  return {
    x: -x - FIRST_VIEW_MARGIN * w,
    y: -y - FIRST_VIEW_MARGIN * h,
    w: (1 + 2 * FIRST_VIEW_MARGIN) * w,
    h: (1 + 2 * FIRST_VIEW_MARGIN) * h,
  }
}
