import { type AreaState, type BoardList, boardList, getTemplate } from '@reflectiebord/shared'
import { useEffect, useMemo, useState } from 'react'
import type { TLStore } from 'tldraw'
import { boardRecordsOf } from './boardRecords.ts'

/**
 * Someone typing sends a change per key: the list is rebuilt at most this often, which reads
 * as live and keeps a big board cheap.
 */
const REFRESH_MS = 150

function areaOrder(templateId: string): readonly string[] {
  return getTemplate(templateId)?.areas.map((area) => area.id) ?? []
}

/** The board as a list, kept up to date with the store (anyone's changes, mine included). */
export function useBoardList(
  store: TLStore | null,
  areas: readonly AreaState[],
  redactedText: string,
): BoardList {
  const [records, setRecords] = useState(() => (store ? boardRecordsOf(store) : []))
  useEffect(() => {
    if (!store) return
    setRecords(boardRecordsOf(store))
    let timer: ReturnType<typeof setTimeout> | null = null
    const off = store.listen(
      () => {
        if (timer !== null) return
        timer = setTimeout(() => {
          timer = null
          setRecords(boardRecordsOf(store))
        }, REFRESH_MS)
      },
      { scope: 'document' },
    )
    return () => {
      off()
      if (timer !== null) clearTimeout(timer)
    }
  }, [store])
  return useMemo(
    () => boardList({ board: records, areas, areaOrder, redactedText }),
    [records, areas, redactedText],
  )
}
