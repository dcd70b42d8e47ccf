/**
 * Message types of the y-websocket protocol. The numbers are the protocol's own (see
 * y-websocket's client), so the stock `WebsocketProvider` and our server agree on them.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const
export type MessageType = (typeof MessageType)[keyof typeof MessageType]

/** Sub-types inside a Sync message, as y-protocols/sync numbers them. */
export const SyncMessageType = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const
export type SyncMessageType = (typeof SyncMessageType)[keyof typeof SyncMessageType]
