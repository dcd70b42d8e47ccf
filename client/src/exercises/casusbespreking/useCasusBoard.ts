import type { PersonState } from '@reflectiebord/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Editor, TLRecord, TLShape } from 'tldraw'
import {
  type ActiveCasus,
  COLUMN_META,
  columnsFor,
  contains,
  noteCenter,
  REDACTED_META,
} from './casusModel.ts'

/**
 * After a facilitator blanked out a note, nobody's undo may bring its old text back: Ctrl+Z
 * on an earlier edit of that note would write the old text into the board again, for everyone,
 * and into the database the server just cleaned. So every browser clears its local undo
 * history as soon as a redacted note arrives from the server. Undo of earlier work is lost,
 * which is the smaller harm.
 */
export function useForgetRedactedText(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return
    const isRedacted = (record: TLRecord | undefined) =>
      record?.typeName === 'shape' && record.meta[REDACTED_META] === true
    return editor.store.listen(
      ({ changes }) => {
        const arrived =
          Object.values(changes.updated).some(
            ([from, to]) => isRedacted(to) && !isRedacted(from),
          ) || Object.values(changes.added).some(isRedacted)
        if (arrived) editor.clearHistory()
      },
      { source: 'remote', scope: 'document' },
    )
  }, [editor])
}

/** The latest value of something, readable from tldraw callbacks registered once. */
function useLatest<T>(value: T) {
  const ref = useRef(value)
  ref.current = value
  return ref
}

function isNoteShape(shape: TLShape): boolean {
  return shape.type === 'note'
}

/**
 * During the analysis, a note written (or first dropped) in someone's column is marked with
 * that column's person, so the result keeps it there when people come and go and the
 * columns shift. Only my own changes are marked, in my own browser.
 */
export function useColumnTagging(
  editor: Editor | null,
  active: ActiveCasus | null,
  people: readonly PersonState[],
  bringerPublicId: string | null,
): void {
  const latest = useLatest({ active, people, bringerPublicId })
  useEffect(() => {
    if (!editor) return
    const tag = (shape: TLShape): TLShape => {
      const { active, people, bringerPublicId } = latest.current
      if (!isNoteShape(shape) || active?.phase.nudge !== 'own-column' || !active.zone) return shape
      if (typeof shape.meta[COLUMN_META] === 'string') return shape
      const center = noteCenter(shape as never)
      const column = columnsFor(active.zone, people, bringerPublicId).find((c) =>
        contains(c, center),
      )
      return column ? { ...shape, meta: { ...shape.meta, [COLUMN_META]: column.publicId } } : shape
    }
    const offCreate = editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) =>
      source === 'user' ? tag(shape) : shape,
    )
    const offChange = editor.sideEffects.registerBeforeChangeHandler(
      'shape',
      (_from, to, source) => (source === 'user' ? tag(to) : to),
    )
    return () => {
      offCreate()
      offChange()
    }
  }, [editor, latest])
}

/**
 * In a step where only the case-bringer writes, someone else who puts a note in that zone
 * gets a gentle word (nothing is undone): it nudges, it does not police.
 */
export function useBringerZoneWarning(
  editor: Editor | null,
  active: ActiveCasus | null,
  bringerPublicId: string | null,
  myPublicId: string,
): { shown: boolean; dismiss(): void } {
  const [shown, setShown] = useState(false)
  const latest = useLatest({ active, bringerPublicId, myPublicId })
  const phaseKey = active ? `${active.instanceId}:${active.phaseIndex}` : null

  // A new step starts without last step's warning.
  useEffect(() => {
    if (phaseKey !== undefined) setShown(false)
  }, [phaseKey])

  useEffect(() => {
    if (!editor) return
    const inBringerZone = (shape: TLShape | undefined): boolean => {
      const { active, bringerPublicId, myPublicId } = latest.current
      if (!shape || !isNoteShape(shape)) return false
      if (active?.phase.nudge !== 'case-bringer' || !active.zone) return false
      if (bringerPublicId === myPublicId) return false
      return contains(active.zone, noteCenter(shape as never))
    }
    const offCreate = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source === 'user' && inBringerZone(shape)) setShown(true)
    })
    const offChange = editor.sideEffects.registerAfterChangeHandler('shape', (from, to, source) => {
      if (source === 'user' && inBringerZone(to) && !inBringerZone(from)) setShown(true)
    })
    return () => {
      offCreate()
      offChange()
    }
  }, [editor, latest])

  const dismiss = useCallback(() => setShown(false), [])
  return { shown, dismiss }
}
