import type { Rect } from '../control/areaLayout.ts'

export interface FreePlaceOptions {
  /** Room kept free at the top of the region (a zone's title and instruction). */
  top: number
  /** Space kept between the new shape and anything else. */
  gap: number
}

function collides(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** How many places the fallback cascade cycles through before it starts over. */
const CASCADE_STEPS = 8
const CASCADE_OFFSET = 24

/**
 * Where a shape of `size` goes in `region` (its top-left corner): the first place, row by row
 * under the region's header, that touches no obstacle. When the region is full it is placed
 * slightly offset from the first place, overlapping, but always inside the region: a note
 * written for a zone must be read as part of that zone, never land below it.
 */
export function freePlace(
  region: Rect,
  size: { w: number; h: number },
  obstacles: readonly Rect[],
  { top, gap }: FreePlaceOptions,
): { x: number; y: number } {
  const stepX = size.w + gap
  const stepY = size.h + gap
  // Only places wholly inside the region; none in a region smaller than the shape.
  const columns = Math.floor((region.w - gap) / stepX)
  const rows = Math.floor((region.h - top) / stepY)
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const x = region.x + gap + column * stepX
      const y = region.y + top + row * stepY
      const candidate = { x: x - gap / 2, y: y - gap / 2, w: size.w + gap, h: size.h + gap }
      if (!obstacles.some((box) => collides(box, candidate))) return { x, y }
    }
  }
  const inside = obstacles.filter((box) => collides(box, region)).length
  const offset = (inside % CASCADE_STEPS) * CASCADE_OFFSET
  // The middle of the shape stays in the region, however small the region is.
  const clamp = (value: number, start: number, length: number, extent: number) =>
    Math.max(start - extent / 2, Math.min(value, start + length - extent / 2))
  return {
    x: clamp(region.x + gap + offset, region.x, region.w, size.w),
    y: clamp(region.y + top + offset, region.y, region.h, size.h),
  }
}
