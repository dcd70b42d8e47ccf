import { useState } from 'react'
import * as v from 'valibot'
import { useMe } from '../../control/ControlStoreContext.tsx'
import { readStoredWith, writeStoredJson } from '../../state/storage.ts'
import { useUiStore } from '../../state/uiStore.ts'

const ChoicesSchema = v.record(v.string(), v.boolean())

/**
 * Whether the strip is folded for this view (a round open, a round revealed, the summary).
 * A person's own choice counts, per view and kept across a reload of the tab; without one,
 * the strip is open, except during a round for a facilitator with the panel open: the panel
 * shows the round (statement, count, tally) already, and the board keeps its room. The summary
 * is shown on purpose, to everyone: it always opens.
 */
export function useStripFolding(
  sessionId: string,
  viewKey: string | null,
): { folded: boolean; setFolded(folded: boolean): void } {
  const me = useMe()
  const panelOpen = useUiStore((state) => state.facilitatorPanelOpen) && me.isFacilitator
  const key = `stoplichtFolded:${sessionId}`
  const [choices, setChoices] = useState<Record<string, boolean>>(() =>
    readStoredWith(key, ChoicesSchema, {}, 'session'),
  )
  const choice = viewKey === null ? undefined : choices[viewKey]
  return {
    folded: viewKey !== null && (choice ?? (panelOpen && viewKey !== 'summary')),
    setFolded(folded) {
      if (viewKey === null) return
      const next = { ...choices, [viewKey]: folded }
      setChoices(next)
      writeStoredJson(key, next, 'session')
    },
  }
}
