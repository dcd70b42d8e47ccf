import { PARTICIPANT_ID_HEADER, type VoteColor } from '@reflectiebord/shared'

export type VoteFailure = 'box-closed' | 'not-in-session' | 'session-closed' | 'network' | 'other'

export type VoteResult = { ok: true; count: number } | { ok: false; code: VoteFailure }

const knownFailures: ReadonlySet<string> = new Set<VoteFailure>([
  'box-closed',
  'not-in-session',
  'session-closed',
])

/**
 * Puts my vote in the round's sealed box. The server answers only with how many have voted,
 * never with what anyone chose (my own vote included): the caller remembers my choice.
 * A second vote replaces the first, so changing one's mind is just voting again. Never throws.
 */
export async function sendVote(
  sessionId: string,
  boxId: string,
  participantId: string,
  value: VoteColor,
): Promise<VoteResult> {
  let response: Response
  try {
    response = await fetch(
      `/api/sessions/${encodeURIComponent(sessionId)}/sealed/${encodeURIComponent(boxId)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PARTICIPANT_ID_HEADER]: participantId },
        body: JSON.stringify({ value }),
        credentials: 'same-origin',
        cache: 'no-store',
      },
    )
  } catch {
    return { ok: false, code: 'network' }
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON: treated like any other unexpected answer below.
  }
  if (response.ok) {
    const count = (body as { count?: unknown } | null)?.count
    return { ok: true, count: typeof count === 'number' ? count : 0 }
  }
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code
  return {
    ok: false,
    code: typeof code === 'string' && knownFailures.has(code) ? (code as VoteFailure) : 'other',
  }
}
