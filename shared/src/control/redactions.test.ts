import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { noRedactions } from './controlState.ts'
import { holdsLastRedaction, nextRedactions } from './redactions.ts'

/** A copy of `doc` as another browser holds it after a sync. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

describe('the redaction count', () => {
  it('counts up and says which board state holds the last redaction', () => {
    const server = new Y.Doc()
    server.getMap('tldraw').set('shape:a', { text: 'Familie Peeters' })
    const before = copyOf(server)
    server.getMap('tldraw').set('shape:a', { text: 'Afgeschermd' })
    const first = nextRedactions(noRedactions, server)
    expect(first.count).toBe(1)
    // A browser that has not received the redaction yet must not rewrite its copy yet.
    expect(holdsLastRedaction(before, first)).toBe(false)
    expect(holdsLastRedaction(copyOf(server), first)).toBe(true)
    // Holding more than the server had then is holding it too.
    const ahead = copyOf(server)
    ahead.getMap('tldraw').set('shape:b', { text: 'Nieuw' })
    expect(holdsLastRedaction(ahead, first)).toBe(true)
    expect(nextRedactions(first, server).count).toBe(2)
  })

  it('needs nothing before the first redaction', () => {
    expect(holdsLastRedaction(new Y.Doc(), noRedactions)).toBe(true)
  })
})
