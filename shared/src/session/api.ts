import * as v from 'valibot'
import { SessionTitleSchema } from './validation.ts'

/** Shapes of the small JSON/HTTP API, shared so that client and server cannot drift. */

/**
 * `POST /api/sessions`. A body without a title, or one that is no object at all, asks for a
 * session without a title: the object's message is the same problem as an empty title's.
 * `retentionDays` is optional (the server's period when absent) and checked against the
 * server's period by `checkRetentionDays`, which only the server knows.
 */
export const CreateSessionRequestSchema = v.object(
  { title: SessionTitleSchema, retentionDays: v.optional(v.unknown()) },
  'empty',
)
export type CreateSessionRequest = v.InferOutput<typeof CreateSessionRequestSchema>

/** What anyone with the link may know about a session. */
export const SessionInfoSchema = v.object({
  id: v.string(),
  title: v.string(),
  createdAt: v.number(),
})
export type SessionInfo = v.InferOutput<typeof SessionInfoSchema>

/** The answer to creating a session: only its creator ever sees the facilitator key. */
export const CreatedSessionSchema = v.object({
  ...SessionInfoSchema.entries,
  facilitatorKey: v.string(),
})
export type CreatedSession = v.InferOutput<typeof CreatedSessionSchema>

/** The error codes of the session API itself; commands and uploads add their own. */
export const API_ERROR_CODES = [
  'invalid-json',
  'body-too-large',
  'title-empty',
  'title-too-long',
  'title-control-characters',
  'session-not-found',
  'wrong-key',
  'not-found',
  'method-not-allowed',
  'not-in-session',
  'invalid-value',
  'invalid-retention',
  'retention-too-long',
  'record-not-shared',
] as const
export type ApiErrorCode = (typeof API_ERROR_CODES)[number]

/**
 * Every error body the server writes, whatever the endpoint. The code is any string here so
 * that a reader accepts codes it does not know yet; it then treats them as a general failure.
 */
export const ApiErrorSchema = v.object({
  error: v.object({ code: v.string(), message: v.string() }),
})
export type ApiError<TCode extends string = ApiErrorCode> = {
  error: { code: TCode; message: string }
}

/** Header by which a client proves it holds the facilitator key of a session. */
export const FACILITATOR_KEY_HEADER = 'x-facilitator-key'
/** Header carrying the sender's private participant id (who is asking). */
export const PARTICIPANT_ID_HEADER = 'x-participant-id'
