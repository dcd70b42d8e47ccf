/**
 * Hocuspocus's protocol (`@hocuspocus/server` 2 and 3) for the light clients, as its provider
 * speaks it: every frame starts with the document name (a lib0 var-string), then a message
 * type whose Sync (0) and Awareness (1) bodies are y-websocket's. A connection must first send
 * an authentication message (Auth 2, Token 0, the token); a server without an `onAuthenticate`
 * hook accepts any, answers Authenticated, and only then handles the frames it queued. Besides
 * y-websocket's messages it sends its own: the answer to a sync step 1 may come as SyncReply
 * (4, a Sync that asks for no step 1 back), every applied update is acknowledged with
 * SyncStatus (8), and auth answers (2); none of those carries a note.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Dialect } from './dialect.ts'

const SYNC = 0
const AWARENESS = 1
const AUTH = 2
const AUTH_TOKEN = 0
const SYNC_REPLY = 4

export function hocuspocusDialect(documentName: string): Dialect {
  const name = encoding.createEncoder()
  encoding.writeVarString(name, documentName)
  const prefix = Buffer.from(encoding.toUint8Array(name))

  const auth = encoding.createEncoder()
  encoding.writeUint8Array(auth, prefix)
  encoding.writeVarUint(auth, AUTH)
  encoding.writeVarUint(auth, AUTH_TOKEN)
  encoding.writeVarString(auth, '')

  return {
    greeting: [encoding.toUint8Array(auth)],
    prefix,
    unwrap(data) {
      try {
        const decoder = decoding.createDecoder(data)
        const nameLength = decoding.readVarUint(decoder)
        const at = decoder.pos + nameLength
        const type = data[at]
        if (type === SYNC_REPLY) {
          // The same sync body; the received buffer is this client's own, so it is relabelled
          // in place rather than copied.
          data[at] = SYNC
          return data.subarray(at)
        }
        return type === SYNC || type === AWARENESS ? data.subarray(at) : null
      } catch {
        return null
      }
    },
  }
}
