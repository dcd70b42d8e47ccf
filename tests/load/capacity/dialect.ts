import type { HostKind } from '../hostProtocol.ts'
import { hocuspocusDialect } from './hocuspocusDialect.ts'

/**
 * How a light client's y-websocket frames (`frames.ts`, `preparedNotes.ts`) travel to and
 * from one kind of server. The stock servers take them as they are; Hocuspocus wraps each in
 * its own envelope. The measuring code stays the same for every server.
 */
export interface Dialect {
  /** Frames to send first on a fresh socket, before sync step 1. */
  readonly greeting: readonly Uint8Array[]
  /** Bytes that go before every outgoing y-websocket frame (none for the stock protocol). */
  readonly prefix: Buffer
  /**
   * The y-websocket frame inside a received one (may share its bytes); null for a frame of
   * the dialect's own that a y-websocket client would not see.
   */
  unwrap(data: Buffer): Buffer | null
}

const stock: Dialect = { greeting: [], prefix: Buffer.alloc(0), unwrap: (data) => data }

/** The dialect of `kind`, for the room at websocket `path` (`/<room>`, ours `/yjs/<room>`). */
export function dialectFor(kind: HostKind, path: string): Dialect {
  // Hocuspocus ignores the URL: the document is named in every frame.
  return kind === 'hocuspocus' ? hocuspocusDialect(path.replace(/^\//, '')) : stock
}

/** `frame` as the dialect sends it. */
export function wrap(dialect: Dialect, frame: Uint8Array): Uint8Array {
  return dialect.prefix.length === 0 ? frame : Buffer.concat([dialect.prefix, frame])
}
