import { useEffect, useState } from 'react'
import { useControl, useEditor } from '../ControlStoreContext.tsx'
import type { CommandRunner } from '../useCommand.ts'
import { showAreas, templateOrigin } from './templatePlacement.ts'

/**
 * Loads a template beside what is on the board and, once its zones arrive through session
 * control, moves this facilitator's view to them.
 */
export function useLoadTemplate(command: CommandRunner): (templateId: string) => Promise<void> {
  const editor = useEditor()
  const areas = useControl((control) => control.areas)
  // The copies on the board before my last load: the new one is whichever appears next.
  const [before, setBefore] = useState<ReadonlySet<string> | null>(null)

  useEffect(() => {
    if (!before || !editor) return
    const added = areas.filter((area) => !before.has(area.instanceId))
    const instanceId = added[0]?.instanceId
    if (!instanceId) return
    showAreas(
      editor,
      added.filter((area) => area.instanceId === instanceId),
    )
    setBefore(null)
  }, [before, areas, editor])

  return async (templateId: string) => {
    if (!editor) return
    const known = new Set(areas.map((area) => area.instanceId))
    const ok = await command.run({
      type: 'template.load',
      templateId,
      origin: templateOrigin(editor),
    })
    if (ok) setBefore(known)
  }
}
