import type { CreatedSession } from '@reflectiebord/shared'

/** Creates a session through the public API, as the home page does. */
export async function createSession(
  baseUrl: string,
  title = 'Intervisie ontmoeting, 2 okt',
): Promise<CreatedSession> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (res.status !== 201)
    throw new Error(`creating a session failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedSession
}
