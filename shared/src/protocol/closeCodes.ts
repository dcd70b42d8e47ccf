/**
 * Websocket close codes the server uses, shared by server and client so that the client
 * can tell a permanent refusal (stop reconnecting, show a page) from a passing fault.
 * 4000-4999 is the range RFC 6455 leaves to applications; we mirror HTTP where one fits.
 */
export const CloseCode = {
  /** The server is shutting down; reconnecting later is right. */
  GoingAway: 1001,
  /** A frame over the configured size limit; nothing of it was stored (RFC 6455). */
  MessageTooBig: 1009,
  /** The client reads too slowly: its queue of unsent messages passed the limit. */
  TryAgainLater: 1013,
  /** An unexpected server fault while handling this connection. */
  InternalError: 1011,
  /** A frame that is not a well-formed y-websocket message, or of an unknown type. */
  MalformedMessage: 4400,
  /**
   * No valid ticket (missing, spent, expired, or another session's). A client that asked for
   * a ticket with a wrong facilitator key closes with it too (the ticket request's 403).
   */
  Unauthorized: 4401,
  /** No such session or document; no room is created for it. */
  SessionNotFound: 4404,
  /**
   * A URL that still carries a credential (`pid`, `key`); or, on the client, a ticket request
   * refused for its display name or participant id.
   */
  InvalidParams: 4422,
  /** The session has reached its participant cap; the facilitator can raise it. */
  SessionFull: 4429,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Close codes after which reconnecting cannot help: the client should stop and explain. */
export const permanentCloseCodes: ReadonlySet<number> = new Set([
  CloseCode.Unauthorized,
  CloseCode.SessionNotFound,
  CloseCode.InvalidParams,
  CloseCode.SessionFull,
])
