import { type AreaState, type BoardRecord, indexBoard } from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import type { TLRecord, TLStore } from 'tldraw'
import { isSharedRecord } from '../board/bindStoreToYDoc.ts'
import { pick } from '../control/activeExercise.ts'
import { useUiStore } from '../state/uiStore.ts'
import { type BoardDiff, boardChanges } from './boardChanges.ts'
import { asBoardRecord, boardRecordsOf } from './boardRecords.ts'
import {
  addChange,
  type ChangeBatch,
  type ChangeCount,
  countChanges,
  describeChanges,
  emptyBatch,
  nextAnnouncementAt,
} from './changeBatch.ts'
import { type ListTranslate, useListT } from './messages.ts'

function boardOnly(records: Readonly<Record<string, TLRecord>>): Record<string, BoardRecord> {
  return Object.fromEntries(
    Object.entries(records)
      .filter(([, record]) => record.typeName === 'shape' && isSharedRecord(record))
      .map(([id, record]) => [id, asBoardRecord(record)]),
  )
}

function sentence(
  t: ListTranslate,
  count: ChangeCount,
  zoneTitle: (key: string) => string | null,
): string {
  const title = count.zoneKey === null ? null : zoneTitle(count.zoneKey)
  const where =
    title === null
      ? t('change.outside')
      : t(
          count.kind === 'moved'
            ? 'change.to'
            : count.kind === 'removed'
              ? 'change.from'
              : 'change.in',
          {
            zone: title,
          },
        )
  return t(`change.${count.kind}.${count.target}`, { count: count.count, where })
}

/**
 * What a screen reader should hear of other people's changes to the board: gathered, and told
 * once things have been quiet for a moment ("3 nieuwe notities in Eerste indrukken"), never
 * per keystroke. My own changes are not told back to me; the zones arriving from session
 * control are not changes to the board.
 */
export function useChangeAnnouncements(store: TLStore | null, areas: readonly AreaState[]): string {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const [message, setMessage] = useState('')
  // Read when a batch is told, not when the listener was registered.
  const latest = useRef({ t, language, areas })
  latest.current = { t, language, areas }

  useEffect(() => {
    if (!store) return
    let batch: ChangeBatch = emptyBatch
    let firstAt = 0
    let lastAt = 0
    let timer: ReturnType<typeof setTimeout> | null = null

    const tell = () => {
      timer = null
      const { t, language, areas } = latest.current
      const titles = new Map(areas.map((area) => [area.key, pick(area.title, language)]))
      const counts = countChanges(
        batch,
        areas.map((area) => area.key),
      )
      batch = emptyBatch
      const text = describeChanges(counts, (count) =>
        sentence(t, count, (key) => titles.get(key) ?? null),
      )
      // The same words twice in a row would not be read again: make the second one differ.
      if (text) setMessage((previous) => (previous === text ? `${text}\u00a0` : text))
    }

    const off = store.listen(
      ({ changes }) => {
        const diff: BoardDiff = {
          added: boardOnly(changes.added),
          removed: boardOnly(changes.removed),
          updated: Object.fromEntries(
            Object.entries(changes.updated)
              .filter(([, [, to]]) => to.typeName === 'shape' && isSharedRecord(to))
              .map(([id, [from, to]]) => [id, [asBoardRecord(from), asBoardRecord(to)] as const]),
          ),
        }
        const any =
          Object.keys(diff.added).length +
          Object.keys(diff.removed).length +
          Object.keys(diff.updated).length
        if (any === 0) return
        const found = boardChanges(diff, indexBoard(boardRecordsOf(store)), latest.current.areas)
        if (found.length === 0) return
        const now = Date.now()
        if (batch.size === 0) firstAt = now
        lastAt = now
        batch = found.reduce(addChange, batch)
        if (timer !== null) clearTimeout(timer)
        timer = setTimeout(tell, Math.max(0, nextAnnouncementAt(firstAt, lastAt) - now))
      },
      { source: 'remote', scope: 'document' },
    )
    return () => {
      off()
      if (timer !== null) clearTimeout(timer)
    }
  }, [store])

  return message
}
