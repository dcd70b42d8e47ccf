import { getTemplate, type RecordSection, stoplichtspel } from '@reflectiebord/shared'
import { useControl, useSlice } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'

/**
 * The stoplicht section of the session record for one loaded copy, once a round was revealed
 * (null before): what the list view and the board's results card show, so the three say the
 * same as the record.
 */
export function useResultsSection(instanceId: string): RecordSection | null {
  const language = useUiStore((state) => state.language)
  const game = useSlice(stoplichtspel)
  const control = useControl((state) => state)
  const templateId = control.areas.find((area) => area.instanceId === instanceId)?.templateId
  const template = templateId ? getTemplate(templateId) : undefined
  const revealed = game ? Object.values(game.results).some((rounds) => rounds.length > 0) : false
  if (!game || !template || !revealed) return null
  return stoplichtspel.record({
    language,
    template,
    instanceId,
    control,
    slice: game,
    board: [],
  })
}
