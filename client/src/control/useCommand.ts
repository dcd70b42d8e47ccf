import type { ControlCommand } from '@reflectiebord/shared'
import { useCallback, useRef, useState } from 'react'
import { type ApiResult, sendCommand } from '../api/apiClient.ts'
import { useMe, useSessionId } from './ControlStoreContext.tsx'

/**
 * A refused command: why, and which command (its exercise may word the reason itself). The
 * code is a core one (`CORE_COMMAND_ERRORS`), an exercise's own, or `network` / `unexpected`.
 */
export interface CommandFailure {
  code: string
  commandType: ControlCommand['type']
}

function failureCode(result: Exclude<ApiResult<unknown>, { ok: true }>): string {
  return result.kind === 'api' ? result.code : result.kind
}

export interface CommandRunner {
  /** Sends the command; true when the server applied it. */
  run(command: ControlCommand): Promise<boolean>
  /** A command is on its way: show it (aria-busy), never by disabling the button pressed. */
  busy: boolean
  /** Why the last command was refused; cleared by the next one. */
  error: CommandFailure | null
}

/**
 * Sends facilitator commands on behalf of one part of the UI, so a refusal shows next to the
 * button that caused it. The result itself arrives through the control document.
 */
export function useCommand(): CommandRunner {
  const sessionId = useSessionId()
  const credential = useMe().credential
  const [pending, setPending] = useState(0)
  const [error, setError] = useState<CommandFailure | null>(null)
  const inFlight = useRef(false)

  // Buttons stay enabled while a command is on its way: a focused button that turns disabled
  // makes the browser drop focus to the page, and a keyboard or screen-reader user loses their
  // place after every action. A second press in the meantime is ignored instead.
  const run = useCallback(
    async (command: ControlCommand) => {
      if (!credential) {
        setError({ code: 'not-facilitator', commandType: command.type })
        return false
      }
      if (inFlight.current) return false
      inFlight.current = true
      setError(null)
      setPending((n) => n + 1)
      try {
        const result = await sendCommand(sessionId, command, credential)
        if (!result.ok) setError({ code: failureCode(result), commandType: command.type })
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
