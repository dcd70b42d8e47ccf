import {
  type ControlCommand,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  PARTICIPANT_ID_HEADER,
  type ServerRetention,
  ServerRetentionSchema,
  type SessionInfo,
  type SessionRecord,
  SessionRecordSchema,
  type SessionRetention,
  SessionRetentionSchema,
  type Ticket,
  TicketSchema,
  ticketPath,
} from '@reflectiebord/shared'
import * as v from 'valibot'

/**
 * The page's one client of the server's HTTP API: every call goes through `request`, which
 * sets the headers, reads `{ error: { code, message } }` refusals and checks each answer
 * against the shape the call expects. Calls never throw: every outcome, a network failure
 * included, comes back as a value the caller must handle.
 */

export type ApiFailure =
  /** The server refused, saying why; `message` is its own sentence (Dutch), when it gave one. */
  | { ok: false; kind: 'api'; status: number; code: string; message: string | null }
  | { ok: false; kind: 'network' }
  /** An answer that is not what this call expects (not JSON, another shape, no code). */
  | { ok: false; kind: 'unexpected'; status: number }

export type ApiResult<T> = { ok: true; value: T } | ApiFailure

/** Who is asking: my private participant id, and the facilitator key if I hold it. */
export interface Caller {
  participantId?: string
  facilitatorKey?: string | null
}

export type SessionRole = 'facilitator' | 'participant'
export interface SessionWithRole extends SessionInfo {
  role: SessionRole
}

export interface UploadedPicture {
  /** Same-origin URL of the stored picture (`/api/sessions/<id>/assets/<sha256>.webp`). */
  src: string
  width: number
  height: number
}

const ErrorBodySchema = v.object({
  error: v.object({ code: v.pipe(v.string(), v.minLength(1)), message: v.optional(v.string()) }),
})
const SessionInfoSchema = v.object({ id: v.string(), title: v.string(), createdAt: v.number() })
const CreatedSessionSchema = v.object({ ...SessionInfoSchema.entries, facilitatorKey: v.string() })
const SessionLookupSchema = v.object({
  ...SessionInfoSchema.entries,
  // Anything but "facilitator" is a participant: the key decides, not what the page hopes.
  role: v.fallback(v.picklist(['facilitator', 'participant']), 'participant'),
})
const UploadedPictureSchema = v.object({ src: v.string(), width: v.number(), height: v.number() })
/** A sealed box answers with how many have submitted, never with what anyone submitted. */
const SubmissionSchema = v.object({ count: v.optional(v.number(), 0) })
const ServerTimeSchema = v.object({ now: v.number() })
/** An answer without a body (204), or one whose body nobody reads. */
const NoBody = v.pipe(
  v.unknown(),
  v.transform((): null => null),
)

interface Request<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  caller?: Caller
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is, with its own content type (a picture). */
  blob?: Blob
  signal?: AbortSignal
  /** What a successful answer must hold. */
  answer: v.GenericSchema<unknown, T>
  /** How a successful answer's body is read; JSON unless told otherwise. */
  read?: (response: Response) => Promise<unknown>
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    // Not JSON, or no body at all: the schema decides whether that is acceptable.
    return null
  }
}

function headersFor({
  caller,
  json,
  blob,
}: Pick<Request<unknown>, 'caller' | 'json' | 'blob'>): Record<string, string> {
  const headers: Record<string, string> = {}
  if (json !== undefined) headers['content-type'] = 'application/json'
  if (blob) headers['content-type'] = blob.type || 'application/octet-stream'
  if (caller?.participantId) headers[PARTICIPANT_ID_HEADER] = caller.participantId
  if (caller?.facilitatorKey) headers[FACILITATOR_KEY_HEADER] = caller.facilitatorKey
  return headers
}

async function request<T>(call: Request<T>): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(call.path, {
      method: call.method,
      headers: headersFor(call),
      body: call.json !== undefined ? JSON.stringify(call.json) : call.blob,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(call.signal ? { signal: call.signal } : {}),
    })
  } catch {
    return { ok: false, kind: 'network' }
  }
  if (!response.ok) {
    const refusal = v.safeParse(ErrorBodySchema, await readJson(response))
    if (!refusal.success) return { ok: false, kind: 'unexpected', status: response.status }
    const { code, message } = refusal.output.error
    return { ok: false, kind: 'api', status: response.status, code, message: message ?? null }
  }
  const answer = v.safeParse(call.answer, await (call.read ?? readJson)(response))
  if (!answer.success) return { ok: false, kind: 'unexpected', status: response.status }
  return { ok: true, value: answer.output }
}

const sessionPath = (id: string) => `/api/sessions/${encodeURIComponent(id)}`

/** A new session; without `retentionDays` it is kept for the server's period. */
export function createSession(
  title: string,
  retentionDays: number | null = null,
): Promise<ApiResult<CreatedSession>> {
  return request({
    method: 'POST',
    path: '/api/sessions',
    json: retentionDays === null ? { title } : { title, retentionDays },
    answer: CreatedSessionSchema,
  })
}

/** How long this server keeps a session after its last activity: the default and the most. */
export function getServerRetention(): Promise<ApiResult<ServerRetention>> {
  return request({ method: 'GET', path: '/api/retention', answer: ServerRetentionSchema })
}

/** How long this session is kept, and until when if nothing more happens in it. */
export function getSessionRetention(id: string): Promise<ApiResult<SessionRetention>> {
  return request({
    method: 'GET',
    path: `${sessionPath(id)}/retention`,
    answer: SessionRetentionSchema,
  })
}

/** A shorter (or the server's, with null) retention period; only the key holder may. */
export function setSessionRetention(
  id: string,
  facilitatorKey: string,
  days: number | null,
): Promise<ApiResult<SessionRetention>> {
  return request({
    method: 'PUT',
    path: `${sessionPath(id)}/retention`,
    caller: { facilitatorKey },
    json: { days },
    answer: SessionRetentionSchema,
  })
}

/** Looks a session up; with a facilitator key, the server also checks that key. */
export function getSession(
  id: string,
  facilitatorKey: string | null,
): Promise<ApiResult<SessionWithRole>> {
  return request({
    method: 'GET',
    path: sessionPath(id),
    caller: { facilitatorKey },
    answer: SessionLookupSchema,
  })
}

/** Deletes a session and everything of it; only the holder of the facilitator key may. */
export function deleteSession(id: string, facilitatorKey: string): Promise<ApiResult<null>> {
  return request({
    method: 'DELETE',
    path: sessionPath(id),
    caller: { facilitatorKey },
    answer: NoBody,
  })
}

/**
 * Sends one facilitator command. The server checks the rights, applies it to session
 * control state, and everyone sees the result through the control document, not here. The
 * participant id always goes along: follow-me needs to know who "me" is, and a
 * co-facilitator's rights are attached to it.
 */
export function sendCommand(
  sessionId: string,
  command: ControlCommand,
  caller: Required<Caller>,
): Promise<ApiResult<null>> {
  return request({
    method: 'POST',
    path: `${sessionPath(sessionId)}/control`,
    caller,
    json: command,
    answer: NoBody,
  })
}

/**
 * Puts my submission in a sealed box; a second one replaces the first. The server answers
 * only with how many have submitted, never with what anyone chose (mine included): the caller
 * remembers my choice.
 */
export function submitSealed(
  sessionId: string,
  boxId: string,
  participantId: string,
  value: unknown,
): Promise<ApiResult<{ count: number }>> {
  return request({
    method: 'POST',
    path: `${sessionPath(sessionId)}/sealed/${encodeURIComponent(boxId)}`,
    caller: { participantId },
    json: { value },
    answer: SubmissionSchema,
  })
}

/**
 * Sends a picture's bytes to the session's asset store (our own server, nothing else): the
 * board then holds only its URL, never the picture itself.
 */
export function uploadPicture(
  sessionId: string,
  participantId: string,
  file: Blob,
  signal?: AbortSignal,
): Promise<ApiResult<UploadedPicture>> {
  return request({
    method: 'POST',
    path: `${sessionPath(sessionId)}/assets`,
    caller: { participantId },
    blob: file,
    ...(signal ? { signal } : {}),
    answer: UploadedPictureSchema,
  })
}

/**
 * A single-use ticket for one websocket to the session (see `sessionProvider.ts`): the
 * participant id and facilitator key go in headers here, so that no URL ever carries them.
 */
export function requestTicket(
  sessionId: string,
  caller: Required<Caller>,
  displayName: string,
  signal?: AbortSignal,
): Promise<ApiResult<Ticket>> {
  return request({
    method: 'POST',
    path: ticketPath(sessionId),
    caller,
    json: { name: displayName },
    ...(signal ? { signal } : {}),
    answer: TicketSchema,
  })
}

/** The server's clock, in ms since the epoch (see `serverClock.ts`). */
export function getServerTime(): Promise<ApiResult<number>> {
  return request({
    method: 'GET',
    path: '/api/time',
    answer: v.pipe(
      ServerTimeSchema,
      v.transform(({ now }) => now),
    ),
  })
}

/** The session record as a file (Markdown or PDF), with the name the server gives it. */
export interface RecordDownload {
  file: Blob
  fileName: string
}

export type RecordFormat = 'md' | 'pdf'

const RecordDownloadSchema = v.object({ file: v.instance(Blob), fileName: v.string() })

/** `filename*=UTF-8''…` of a Content-Disposition header, decoded; a plain name otherwise. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1]
  if (!encoded) return fallback
  try {
    return decodeURIComponent(encoded)
  } catch {
    return fallback
  }
}

/** The session record as a file, for whoever may read it; the credentials go in headers. */
export function downloadRecord(
  sessionId: string,
  caller: Caller,
  language: 'nl' | 'en',
  format: RecordFormat,
): Promise<ApiResult<RecordDownload>> {
  return request({
    method: 'GET',
    path: `${sessionPath(sessionId)}/record.${format}?lang=${language}`,
    caller,
    read: async (response) => ({
      file: await response.blob(),
      fileName: fileNameOf(response.headers.get('content-disposition'), `Verslag.${format}`),
    }),
    answer: RecordDownloadSchema,
  })
}

/** The session record as structured content, for the record page; checked before use. */
export function getRecord(
  sessionId: string,
  caller: Caller,
  language: 'nl' | 'en',
  signal?: AbortSignal,
): Promise<ApiResult<SessionRecord>> {
  return request({
    method: 'GET',
    path: `${sessionPath(sessionId)}/record.json?lang=${language}`,
    caller,
    ...(signal ? { signal } : {}),
    answer: SessionRecordSchema,
  })
}
