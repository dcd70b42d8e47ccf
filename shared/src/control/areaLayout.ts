import type { ExerciseTemplate } from '../exercises/templateSchema.ts'
import type { AreaState } from './controlState.ts'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

/** Space kept between a newly placed template and what is already on the board. */
export const TEMPLATE_GAP = 160

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

export function boundsOf(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined
  const minX = Math.min(...rects.map((r) => r.x))
  const minY = Math.min(...rects.map((r) => r.y))
  const maxX = Math.max(...rects.map((r) => r.x + r.w))
  const maxY = Math.max(...rects.map((r) => r.y + r.h))
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}

/**
 * The zones of a template placed at `origin`. If they would cover zones already on the board
 * (the same template loaded twice, or another one), the whole template moves to the right of
 * everything that is there, so that nothing is ever placed on top of earlier work.
 */
export function placeTemplateAreas(
  template: ExerciseTemplate,
  instanceId: string,
  origin: { x: number; y: number },
  existing: readonly Rect[],
): AreaState[] {
  const at = (o: { x: number; y: number }): AreaState[] =>
    template.areas.map((area) => ({
      key: `${instanceId}:${area.id}`,
      instanceId,
      templateId: template.id,
      areaId: area.id,
      title: area.title,
      instruction: area.instruction,
      x: Math.round(o.x + area.x),
      y: Math.round(o.y + area.y),
      w: area.w,
      h: area.h,
    }))
  const placed = at(origin)
  const clash = placed.some((area) => existing.some((other) => overlaps(area, other)))
  const taken = boundsOf(existing)
  if (!clash || !taken) return placed
  const own = boundsOf(placed) as Rect
  return at({ x: origin.x + (taken.x + taken.w + TEMPLATE_GAP - own.x), y: origin.y })
}
