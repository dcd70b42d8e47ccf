import type { ControlCommand } from '@reflectiebord/shared'
import { useCallback, useState } from 'react'
import { useFacilitation } from './FacilitationContext.tsx'
import { type CommandFailureCode, sendCommand } from './sendCommand.ts'

export interface CommandRunner {
  /** Sends the command; true when the server applied it. */
  run(command: ControlCommand): Promise<boolean>
  busy: boolean
  /** Why the last command was refused; cleared by the next one. */
  error: CommandFailureCode | null
}

/**
 * Sends facilitator commands on behalf of one part of the UI, so a refusal shows next to the
 * button that caused it. The result itself arrives through the control document.
 */
export function useCommand(): CommandRunner {
  const { sessionId, me } = useFacilitation()
  const [pending, setPending] = useState(0)
  const [error, setError] = useState<CommandFailureCode | null>(null)
  const credential = me.credential

  const run = useCallback(
    async (command: ControlCommand) => {
      if (!credential) {
        setError('not-facilitator')
        return false
      }
      setError(null)
      setPending((n) => n + 1)
      const result = await sendCommand(sessionId, command, credential)
      setPending((n) => n - 1)
      if (!result.ok) setError(result.code)
      return result.ok
    },
    [sessionId, credential],
  )

  return { run, busy: pending > 0, error }
}
