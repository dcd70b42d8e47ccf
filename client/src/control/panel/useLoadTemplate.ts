import { useEditor } from '../ControlStoreContext.tsx'
import type { CommandRunner } from '../useCommand.ts'
import { templateOrigin } from './templatePlacement.ts'

/**
 * Loads a template beside what is on the board. Everyone's view, mine included, then moves to
 * its first phase's zone (see `useBringToActivity`).
 */
export function useLoadTemplate(command: CommandRunner): (templateId: string) => Promise<void> {
  const editor = useEditor()
  return async (templateId: string) => {
    if (!editor) return
    await command.run({ type: 'template.load', templateId, origin: templateOrigin(editor) })
  }
}
