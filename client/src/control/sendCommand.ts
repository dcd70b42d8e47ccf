import {
  COMMAND_ERROR_CODES,
  type CommandErrorCode,
  type ControlCommand,
  FACILITATOR_KEY_HEADER,
  PARTICIPANT_ID_HEADER,
} from '@reflectiebord/shared'

/**
 * How this browser proves it may facilitate. The participant id always goes along: the
 * server needs to know who "me" is for follow-me, and it is what a co-facilitator's rights
 * are attached to. The key goes along only for whoever came with the facilitator link.
 */
export interface Credential {
  participantId: string
  facilitatorKey: string | null
}

export type CommandFailureCode = CommandErrorCode | 'session-not-found' | 'network' | 'unexpected'

export type CommandResult = { ok: true } | { ok: false; code: CommandFailureCode }

const knownCodes: ReadonlySet<string> = new Set<CommandFailureCode>([
  ...COMMAND_ERROR_CODES,
  'session-not-found',
])

function errorCode(body: unknown): CommandFailureCode {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code
  return typeof code === 'string' && knownCodes.has(code)
    ? (code as CommandFailureCode)
    : 'unexpected'
}

/**
 * Sends one command to the server, which checks the rights, applies it to session control
 * state, and lets everyone see the result through the control document. Never throws.
 */
export async function sendCommand(
  sessionId: string,
  command: ControlCommand,
  credential: Credential,
): Promise<CommandResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  headers[PARTICIPANT_ID_HEADER] = credential.participantId
  if (credential.facilitatorKey) headers[FACILITATOR_KEY_HEADER] = credential.facilitatorKey
  let response: Response
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/control`, {
      method: 'POST',
      headers,
      body: JSON.stringify(command),
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch {
    return { ok: false, code: 'network' }
  }
  if (response.ok) return { ok: true }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // A body that is not JSON is as unexpected as an unknown code.
  }
  return { ok: false, code: errorCode(body) }
}
