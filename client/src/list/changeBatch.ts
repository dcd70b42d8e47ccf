/**
 * Other people's changes to the board, gathered for one polite announcement: "3 nieuwe
 * notities in Eerste indrukken", not one per keystroke. Pure: the list view's hook feeds it
 * the store's remote changes and decides when to speak (`nextAnnouncementAt`).
 */

export type ChangeKind = 'added' | 'edited' | 'moved' | 'removed'
/** What changed, in the words people use: a note (or text), a picture, a frame, or other. */
export type ChangeTarget = 'note' | 'picture' | 'frame' | 'other'

export interface BoardChange {
  /** The shape id: several changes to one shape make one entry. */
  id: string
  kind: ChangeKind
  target: ChangeTarget
  /** The zone it is in (for a removal: was in); null outside every zone. */
  zoneKey: string | null
}

export type ChangeBatch = ReadonlyMap<string, BoardChange>

export const emptyBatch: ChangeBatch = new Map()

/**
 * Adds one change to the batch. Typing in a note a hundred times is one "edited"; a note
 * added and then written in is one "added" (in the zone it ended up in); a note added and
 * removed again before anyone was told is nothing at all.
 */
export function addChange(batch: ChangeBatch, change: BoardChange): ChangeBatch {
  const next = new Map(batch)
  const before = batch.get(change.id)
  if (!before) {
    next.set(change.id, change)
    return next
  }
  if (before.kind === 'added') {
    if (change.kind === 'removed') next.delete(change.id)
    else next.set(change.id, { ...before, zoneKey: change.zoneKey })
    return next
  }
  if (before.kind === 'removed' && change.kind === 'added') {
    // Taken away and brought back (an undo): for the listener it was changed.
    next.set(change.id, { ...change, kind: 'edited' })
    return next
  }
  if (before.kind === 'moved' && change.kind === 'edited') {
    // Moved, then written in: the move is the news; keep where it went.
    next.set(change.id, { ...before, zoneKey: change.zoneKey })
    return next
  }
  next.set(change.id, change)
  return next
}

export interface ChangeCount {
  zoneKey: string | null
  kind: ChangeKind
  target: ChangeTarget
  count: number
}

const KIND_ORDER: readonly ChangeKind[] = ['added', 'edited', 'moved', 'removed']
const TARGET_ORDER: readonly ChangeTarget[] = ['note', 'picture', 'frame', 'other']

/**
 * The batch counted per zone, kind and target: zones in the order given (the list's order,
 * outside last), then additions before edits, moves and removals.
 */
export function countChanges(batch: ChangeBatch, zoneOrder: readonly string[]): ChangeCount[] {
  const counts = new Map<string, ChangeCount>()
  for (const change of batch.values()) {
    const key = `${change.zoneKey ?? ''}|${change.kind}|${change.target}`
    const current = counts.get(key)
    if (current) current.count += 1
    else
      counts.set(key, {
        zoneKey: change.zoneKey,
        kind: change.kind,
        target: change.target,
        count: 1,
      })
  }
  const zoneRank = (zoneKey: string | null) => {
    const at = zoneKey === null ? -1 : zoneOrder.indexOf(zoneKey)
    return at === -1 ? zoneOrder.length : at
  }
  return [...counts.values()].sort(
    (a, b) =>
      zoneRank(a.zoneKey) - zoneRank(b.zoneKey) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target),
  )
}

/** One sentence per count, joined; the words come from the caller's language. */
export function describeChanges(
  counts: readonly ChangeCount[],
  sentence: (count: ChangeCount) => string,
): string {
  return counts.map(sentence).join(' ')
}

export interface AnnouncementTiming {
  /** Quiet time after the last change before speaking. */
  quietMs: number
  /** Longest wait since the first change of a batch, for a board that never goes quiet. */
  maxWaitMs: number
}

export const ANNOUNCEMENT_TIMING: AnnouncementTiming = { quietMs: 2_000, maxWaitMs: 6_000 }

/** When to announce a batch whose first change came at `firstAt` and last at `lastAt`. */
export function nextAnnouncementAt(
  firstAt: number,
  lastAt: number,
  timing: AnnouncementTiming = ANNOUNCEMENT_TIMING,
): number {
  return Math.min(lastAt + timing.quietMs, firstAt + timing.maxWaitMs)
}
