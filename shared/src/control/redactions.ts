import { fromBase64, toBase64 } from 'lib0/buffer'
import * as Y from 'yjs'
import type { RedactionState } from './controlState.ts'

/**
 * What session control says after one more redaction of the board `boardDoc` (the server
 * calls this right after it replaced the text, in the same command).
 */
export function nextRedactions(previous: RedactionState, boardDoc: Y.Doc): RedactionState {
  return {
    count: previous.count + 1,
    boardStateVector: toBase64(Y.encodeStateVector(boardDoc)),
  }
}

/**
 * Whether `boardDoc` holds everything the board held right after the last redaction, and so
 * the redacted text rather than the old one. Session control and the board travel on two
 * sockets, so the count can arrive before the redaction itself; a browser that rewrote its
 * offline copy then would keep the old text in it.
 */
export function holdsLastRedaction(boardDoc: Y.Doc, redactions: RedactionState): boolean {
  if (redactions.boardStateVector === '') return true
  let needed: Map<number, number>
  try {
    needed = Y.decodeStateVector(fromBase64(redactions.boardStateVector))
  } catch {
    // Only the server writes this; if it cannot be read, waiting longer will not help.
    return true
  }
  const held = Y.decodeStateVector(Y.encodeStateVector(boardDoc))
  for (const [client, clock] of needed) {
    if ((held.get(client) ?? 0) < clock) return false
  }
  return true
}
