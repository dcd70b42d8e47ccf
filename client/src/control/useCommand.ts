import type { ControlCommand } from '@reflectiebord/shared'
import { useCallback, useRef, useState } from 'react'
import { useFacilitation } from './FacilitationContext.tsx'
import { type CommandFailureCode, sendCommand } from './sendCommand.ts'

export interface CommandRunner {
  /** Sends the command; true when the server applied it. */
  run(command: ControlCommand): Promise<boolean>
  /** A command is on its way: show it (aria-busy), never by disabling the button pressed. */
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
  const inFlight = useRef(false)
  const credential = me.credential

  // Buttons stay enabled while a command is on its way: a focused button that turns disabled
  // makes the browser drop focus to the page, and a keyboard or screen-reader user loses their
  // place after every action. A second press in the meantime is ignored instead.
  const run = useCallback(
    async (command: ControlCommand) => {
      if (!credential) {
        setError('not-facilitator')
        return false
      }
      if (inFlight.current) return false
      inFlight.current = true
      setError(null)
      setPending((n) => n + 1)
      try {
        const result = await sendCommand(sessionId, command, credential)
        if (!result.ok) setError(result.code)
        return result.ok
      } finally {
        inFlight.current = false
        setPending((n) => n - 1)
      }
    },
    [sessionId, credential],
  )

  return { run, busy: pending > 0, error }
}
