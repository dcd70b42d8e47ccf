/** A column inside the analysis zone, for one person. */
export interface Column {
  publicId: string
  name: string
  x: number
  y: number
  w: number
  h: number
}

/** Room kept for the zone's title and instruction at its top. */
export const ZONE_HEADER = 120
const GAP = 16

/**
 * In the analysis phase each person writes in a column of their own, so the group can read
 * each view side by side. Columns share the zone's width equally, in a stable order (by name,
 * then id), so a late joiner adds a column without shuffling everyone else's more than needed.
 */
export function analysisColumns(
  zone: { x: number; y: number; w: number; h: number },
  people: readonly { publicId: string; name: string }[],
): Column[] {
  if (people.length === 0) return []
  const sorted = [...people].sort(
    (a, b) => a.name.localeCompare(b.name, 'nl-BE') || a.publicId.localeCompare(b.publicId),
  )
  const width = (zone.w - GAP * (sorted.length + 1)) / sorted.length
  return sorted.map((person, index) => ({
    publicId: person.publicId,
    name: person.name,
    x: zone.x + GAP + index * (width + GAP),
    y: zone.y + ZONE_HEADER,
    w: width,
    h: zone.h - ZONE_HEADER - GAP,
  }))
}
