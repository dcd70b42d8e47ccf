import { activityFocus, getTemplate } from '@reflectiebord/shared'
import { useEffect } from 'react'
import { readStored, writeStored } from '../state/storage.ts'
import { bringToAreas } from './bringToActivity.ts'
import { useControl, useEditor, useSessionId } from './ControlStoreContext.tsx'

const keyFor = (sessionId: string) => `broughtTo:${sessionId}`

/**
 * Brings everyone's view to the work when it moves: a template loaded, an exercise chosen, a
 * phase changed. Each move happens once per tab (remembered across a reload, so a reload keeps
 * the view the person had); someone following a facilitator goes where the facilitator goes.
 */
export function useBringToActivity(): void {
  const editor = useEditor()
  const sessionId = useSessionId()
  const focusKey = useControl((control) => activityFocus(control, getTemplate)?.key ?? null)
  const activity = useControl((control) => control.activity)
  const areas = useControl((control) => control.areas)

  useEffect(() => {
    if (!editor || focusKey === null) return
    if (readStored(keyFor(sessionId), 'session') === focusKey) return
    if (editor.getInstanceState().followingUserId !== null) return
    const focus = activityFocus({ activity, areas }, getTemplate)
    if (!focus || focus.key !== focusKey) return
    writeStored(keyFor(sessionId), focusKey, 'session')
    bringToAreas(editor, focus.areas)
  }, [editor, focusKey, activity, areas, sessionId])
}
