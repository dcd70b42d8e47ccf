import { PARTICIPANT_ID_HEADER } from '@reflectiebord/shared'

export interface UploadedPicture {
  /** Same-origin URL of the stored picture (`/api/sessions/<id>/assets/<sha256>.webp`). */
  src: string
  width: number
  height: number
}

/**
 * A refused or failed upload. `serverMessage` is the server's own sentence (Dutch) when it
 * gave one; `kind` says what to show otherwise.
 */
export class UploadError extends Error {
  readonly kind: 'refused' | 'network' | 'unexpected'
  readonly serverMessage: string | null
  readonly code: string | null

  constructor(
    kind: 'refused' | 'network' | 'unexpected',
    serverMessage: string | null,
    code: string | null,
  ) {
    super(serverMessage ?? `upload ${kind}`)
    this.kind = kind
    this.serverMessage = serverMessage
    this.code = code
  }
}

/**
 * Sends a picture's bytes to the session's asset store (our own server, nothing else): the
 * board then holds only its URL, never the picture itself.
 */
export async function uploadPicture(
  sessionId: string,
  participantId: string,
  file: Blob,
  signal?: AbortSignal,
): Promise<UploadedPicture> {
  let response: Response
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/assets`, {
      method: 'POST',
      headers: {
        [PARTICIPANT_ID_HEADER]: participantId,
        'content-type': file.type || 'application/octet-stream',
      },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    })
  } catch {
    throw new UploadError('network', null, null)
  }
  let body: unknown = null
  try {
    body = await response.json()
  } catch {
    // Not JSON: handled below as unexpected.
  }
  if (response.status === 201) {
    const { src, width, height } = (body ?? {}) as Partial<UploadedPicture>
    if (typeof src === 'string' && typeof width === 'number' && typeof height === 'number') {
      return { src, width, height }
    }
    throw new UploadError('unexpected', null, null)
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
  throw new UploadError(
    'refused',
    typeof error?.message === 'string' ? error.message : null,
    typeof error?.code === 'string' ? error.code : null,
  )
}
