import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { encodeAwarenessEntries, parseClientFrame } from './frameParser.ts'
import { MessageType, SyncMessageType } from './messageTypes.ts'

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function syncFrame(type: number, payload: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, MessageType.Sync)
    encoding.writeVarUint(e, type)
    encoding.writeVarUint8Array(e, payload)
  })
}

function realUpdate(): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('records').set('shape:1', { x: 1, text: 'Hallo' })
  return Y.encodeStateAsUpdate(doc)
}

describe('parseClientFrame', () => {
  it('accepts a sync step 1 with a state vector', () => {
    const sv = Y.encodeStateVector(new Y.Doc())
    const result = parseClientFrame(syncFrame(SyncMessageType.Step1, sv))
    expect(result).toEqual({ ok: true, frame: { kind: 'sync-step1', stateVector: sv } })
  })

  it('accepts sync step 2 and update messages carrying a real Yjs update', () => {
    const update = realUpdate()
    expect(parseClientFrame(syncFrame(SyncMessageType.Step2, update))).toMatchObject({
      ok: true,
      frame: { kind: 'sync-step2', update },
    })
    expect(parseClientFrame(syncFrame(SyncMessageType.Update, update))).toMatchObject({
      ok: true,
      frame: { kind: 'sync-update', update },
    })
  })

  it('accepts an awareness update and reports the clients it speaks for', () => {
    const doc = new Y.Doc()
    const awareness = new awarenessProtocol.Awareness(doc)
    awareness.setLocalState({ user: { name: 'Ann' } })
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])
    const result = parseClientFrame(
      frame((e) => {
        encoding.writeVarUint(e, MessageType.Awareness)
        encoding.writeVarUint8Array(e, update)
      }),
    )
    expect(result).toEqual({
      ok: true,
      frame: {
        kind: 'awareness',
        update,
        entries: [{ clientId: doc.clientID, clock: 1, state: '{"user":{"name":"Ann"}}' }],
      },
    })
    if (result.ok && result.frame.kind === 'awareness') {
      expect(encodeAwarenessEntries(result.frame.entries)).toEqual(update)
    }
    awareness.destroy()
  })

  it('accepts a query-awareness message', () => {
    expect(parseClientFrame(new Uint8Array([MessageType.QueryAwareness]))).toEqual({
      ok: true,
      frame: { kind: 'query-awareness' },
    })
  })

  it.each([
    ['an empty frame', new Uint8Array([]), 'empty'],
    ['an unknown message type', new Uint8Array([7]), 'unknown-message-type'],
    [
      'an auth message, which only servers send',
      new Uint8Array([MessageType.Auth, 0]),
      'unknown-message-type',
    ],
    ['an unknown sync type', new Uint8Array([MessageType.Sync, 9, 0]), 'unknown-sync-type'],
    ['a sync message cut off before its payload', new Uint8Array([MessageType.Sync]), 'truncated'],
    [
      'a payload length longer than the frame',
      new Uint8Array([MessageType.Sync, 2, 50, 1, 2]),
      'truncated',
    ],
    [
      'a zero-length update',
      syncFrame(SyncMessageType.Update, new Uint8Array([])),
      'invalid-update',
    ],
    ['a one-byte update', syncFrame(SyncMessageType.Update, new Uint8Array([0])), 'invalid-update'],
    [
      'an update of random bytes',
      syncFrame(SyncMessageType.Update, new Uint8Array([5, 200, 3, 99, 1, 250, 250, 250])),
      'invalid-update',
    ],
    [
      'a state vector of random bytes',
      syncFrame(SyncMessageType.Step1, new Uint8Array([9, 1])),
      'invalid-state-vector',
    ],
    [
      'awareness with a state that is not JSON',
      frame((e) => {
        encoding.writeVarUint(e, MessageType.Awareness)
        encoding.writeVarUint8Array(
          e,
          frame((inner) => {
            encoding.writeVarUint(inner, 1)
            encoding.writeVarUint(inner, 42)
            encoding.writeVarUint(inner, 1)
            encoding.writeVarString(inner, '{not json')
          }),
        )
      }),
      'invalid-awareness',
    ],
    [
      'trailing bytes after a complete message',
      new Uint8Array([MessageType.QueryAwareness, 1, 2, 3]),
      'trailing-bytes',
    ],
  ])('rejects %s', (_what, data, reason) => {
    const result = parseClientFrame(data)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.reason).toBe(reason)
  })

  it('rejects a real update cut short anywhere', () => {
    const update = realUpdate()
    for (let length = 0; length < update.length - 1; length++) {
      const result = parseClientFrame(syncFrame(SyncMessageType.Update, update.slice(0, length)))
      expect(result.ok, `update cut to ${length} bytes`).toBe(false)
    }
  })
})
