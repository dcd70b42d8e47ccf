/** Shapes of the small JSON/HTTP API, shared so that client and server cannot drift. */
export interface CreateSessionRequest {
  title: string
}

export interface SessionInfo {
  id: string
  title: string
  createdAt: number
}

export interface CreatedSession extends SessionInfo {
  facilitatorKey: string
}

export type ApiErrorCode =
  | 'invalid-json'
  | 'body-too-large'
  | 'title-empty'
  | 'title-too-long'
  | 'title-control-characters'
  | 'session-not-found'
  | 'wrong-key'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-in-session'
  | 'invalid-value'

export interface ApiError {
  error: { code: ApiErrorCode; message: string }
}

/** Header by which a client proves it holds the facilitator key of a session. */
export const FACILITATOR_KEY_HEADER = 'x-facilitator-key'
/** Header carrying the sender's private participant id (who is asking). */
export const PARTICIPANT_ID_HEADER = 'x-participant-id'
