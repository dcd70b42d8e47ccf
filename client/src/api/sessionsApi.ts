import {
  type ApiError,
  type ApiErrorCode,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  type SessionInfo,
} from '@reflectiebord/shared'

/**
 * Typed wrappers around the session HTTP API. They never throw: every outcome, including a
 * network failure, comes back as a value the caller must handle.
 */
export type ApiFailure =
  | { ok: false; kind: 'api'; status: number; code: ApiErrorCode }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'unexpected'; status: number }

export type ApiResult<T> = { ok: true; value: T } | ApiFailure

export type SessionRole = 'facilitator' | 'participant'
export interface SessionWithRole extends SessionInfo {
  role: SessionRole
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  return typeof error === 'object' && error !== null && 'code' in error
}

function isSessionInfo(body: unknown): body is SessionInfo {
  if (typeof body !== 'object' || body === null) return false
  const candidate = body as Record<string, unknown>
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.createdAt === 'number'
  )
}

async function request(path: string, init: RequestInit): Promise<Response | null> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' })
  } catch {
    return null
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return null
  }
}

async function failure(response: Response): Promise<ApiFailure> {
  const body = await readJson(response)
  if (isApiError(body))
    return { ok: false, kind: 'api', status: response.status, code: body.error.code }
  return { ok: false, kind: 'unexpected', status: response.status }
}

export async function createSession(title: string): Promise<ApiResult<CreatedSession>> {
  const response = await request('/api/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (!response) return { ok: false, kind: 'network' }
  if (response.status !== 201) return failure(response)
  const body = await readJson(response)
  if (
    !isSessionInfo(body) ||
    typeof (body as Partial<CreatedSession>).facilitatorKey !== 'string'
  ) {
    return { ok: false, kind: 'unexpected', status: response.status }
  }
  return { ok: true, value: body as CreatedSession }
}

/** Looks a session up; with a facilitator key, the server also checks that key. */
export async function getSession(
  id: string,
  facilitatorKey: string | null,
): Promise<ApiResult<SessionWithRole>> {
  const headers: Record<string, string> = {}
  if (facilitatorKey) headers[FACILITATOR_KEY_HEADER] = facilitatorKey
  const response = await request(`/api/sessions/${encodeURIComponent(id)}`, { headers })
  if (!response) return { ok: false, kind: 'network' }
  if (response.status !== 200) return failure(response)
  const body = await readJson(response)
  if (!isSessionInfo(body)) return { ok: false, kind: 'unexpected', status: response.status }
  const role: SessionRole =
    (body as { role?: unknown }).role === 'facilitator' ? 'facilitator' : 'participant'
  return { ok: true, value: { id: body.id, title: body.title, createdAt: body.createdAt, role } }
}

/** Deletes a session and everything of it; only the holder of the facilitator key may. */
export async function deleteSession(id: string, facilitatorKey: string): Promise<ApiResult<null>> {
  const response = await request(`/api/sessions/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    headers: { [FACILITATOR_KEY_HEADER]: facilitatorKey },
  })
  if (!response) return { ok: false, kind: 'network' }
  if (response.status === 204) return { ok: true, value: null }
  return failure(response)
}
