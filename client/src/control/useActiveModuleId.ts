import { exercises } from '@reflectiebord/shared'
import { useControl } from './ControlStoreContext.tsx'

/**
 * The id of the exercise whose template is the activity now, or null when none is. One
 * activity is on stage at a time: an exercise hides its live parts (a strip above the board)
 * while another one is the activity.
 */
export function useActiveModuleId(): string | null {
  return useControl((control) =>
    control.activity ? (exercises.moduleOfTemplate(control.activity.templateId)?.id ?? null) : null,
  )
}
