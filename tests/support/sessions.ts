import type { CreatedSession } from '@reflectiebord/shared'

/**
 * Creates a session through the public API, as the home page does; with `retentionDays`, kept
 * that long after its last activity instead of the server's period.
 */
export async function createSession(
  baseUrl: string,
  title = 'Intervisie ontmoeting, 2 okt',
  retentionDays?: number,
): Promise<CreatedSession> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(retentionDays === undefined ? { title } : { title, retentionDays }),
  })
  if (res.status !== 201)
    throw new Error(`creating a session failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedSession
}
