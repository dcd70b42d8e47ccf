import { describe, expect, it } from 'vitest'
import {
  addChange,
  type BoardChange,
  type ChangeBatch,
  countChanges,
  describeChanges,
  emptyBatch,
  nextAnnouncementAt,
} from './changeBatch.ts'

function batchOf(...changes: BoardChange[]): ChangeBatch {
  return changes.reduce(addChange, emptyBatch)
}

const change = (
  id: string,
  kind: BoardChange['kind'],
  zoneKey: string | null = 'a:indrukken',
  target: BoardChange['target'] = 'note',
): BoardChange => ({ id, kind, target, zoneKey })

describe('gathering other people’s changes', () => {
  it('makes one entry of many edits to one note: typing is not a hundred changes', () => {
    const batch = batchOf(...Array.from({ length: 100 }, () => change('shape:n', 'edited')))
    expect([...batch.values()]).toEqual([change('shape:n', 'edited')])
  })

  it('keeps a new note new when it is written in or moved, in the zone it ended in', () => {
    const batch = batchOf(
      change('shape:n', 'added', null),
      change('shape:n', 'edited', null),
      change('shape:n', 'moved', 'a:vragen'),
    )
    expect([...batch.values()]).toEqual([change('shape:n', 'added', 'a:vragen')])
  })

  it('forgets a note added and removed before anyone was told', () => {
    const batch = batchOf(change('shape:n', 'added'), change('shape:n', 'removed'))
    expect(batch.size).toBe(0)
  })

  it('calls a note removed and brought back (undo) changed', () => {
    const batch = batchOf(change('shape:n', 'removed'), change('shape:n', 'added'))
    expect(batch.get('shape:n')?.kind).toBe('edited')
  })

  it('tells a move rather than the edit after it, and a removal after anything else', () => {
    const moved = batchOf(
      change('shape:n', 'moved', 'a:vragen'),
      change('shape:n', 'edited', 'a:vragen'),
    )
    expect(moved.get('shape:n')?.kind).toBe('moved')
    const removed = batchOf(change('shape:n', 'edited'), change('shape:n', 'removed'))
    expect(removed.get('shape:n')?.kind).toBe('removed')
  })
})

describe('counting a batch for one announcement', () => {
  it('counts per zone in the list’s order, additions first, outside the zones last', () => {
    const batch = batchOf(
      change('shape:1', 'added', null),
      change('shape:2', 'edited', 'a:vragen'),
      change('shape:3', 'added', 'a:vragen'),
      change('shape:4', 'added', 'a:indrukken'),
      change('shape:5', 'added', 'a:indrukken'),
      change('shape:6', 'added', 'a:indrukken', 'picture'),
      change('shape:7', 'added', 'a:indrukken'),
    )
    const counts = countChanges(batch, ['a:indrukken', 'a:vragen'])
    expect(counts.map((c) => [c.zoneKey, c.kind, c.target, c.count])).toEqual([
      ['a:indrukken', 'added', 'note', 3],
      ['a:indrukken', 'added', 'picture', 1],
      ['a:vragen', 'added', 'note', 1],
      ['a:vragen', 'edited', 'note', 1],
      [null, 'added', 'note', 1],
    ])
    const zoneTitles: Record<string, string> = {
      'a:indrukken': 'Eerste indrukken',
      'a:vragen': 'Vragen',
    }
    const text = describeChanges(
      counts.slice(0, 1),
      (c) => `${c.count} nieuwe notities in ${zoneTitles[c.zoneKey ?? ''] ?? 'het bord'}.`,
    )
    expect(text).toBe('3 nieuwe notities in Eerste indrukken.')
  })
})

describe('when to announce', () => {
  it('waits for a quiet moment, but never longer than the longest wait', () => {
    const timing = { quietMs: 2_000, maxWaitMs: 6_000 }
    expect(nextAnnouncementAt(1_000, 1_000, timing)).toBe(3_000)
    expect(nextAnnouncementAt(1_000, 2_500, timing)).toBe(4_500)
    // Someone keeps typing: the batch is told after six seconds anyway.
    expect(nextAnnouncementAt(1_000, 6_500, timing)).toBe(7_000)
  })
})
