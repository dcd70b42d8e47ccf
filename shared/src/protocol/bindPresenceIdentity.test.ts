import { describe, expect, it } from 'vitest'
import { PRESENCE_COLORS, presenceColor, presenceUserId } from '../session/presenceIdentity.ts'
import { bindEntryIdentity, bindPresenceIdentity } from './bindPresenceIdentity.ts'

const mallory = { publicId: 'mallory-public-id-0001', displayName: 'Mallory' }
const els = { publicId: 'els-public-id-00000001', displayName: 'Els' }

/** A presence as the page writes it, for `who`, with a cursor and a camera. */
function presenceOf(who: { publicId: string; displayName: string }) {
  return {
    typeName: 'instance_presence',
    id: 'instance_presence:123',
    userId: presenceUserId(who.publicId),
    userName: who.displayName,
    color: presenceColor(who.publicId),
    cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
    camera: { x: 1, y: 2, z: 1 },
    selectedShapeIds: ['shape:a'],
    chatMessage: '',
    meta: {},
  }
}

describe('bindPresenceIdentity', () => {
  it("writes the sender's user id, name and colour over someone else's", () => {
    const forged = JSON.stringify({ presence: presenceOf(els), extra: { keep: true } })
    const bound = JSON.parse(bindPresenceIdentity(forged, mallory))
    expect(bound).toEqual({
      presence: {
        ...presenceOf(els),
        userId: 'user:mallory-public-id-0001',
        userName: 'Mallory',
        color: presenceColor(mallory.publicId),
      },
      extra: { keep: true },
    })
  })

  it('sets the identity fields on a presence that lacks them', () => {
    const bound = JSON.parse(bindPresenceIdentity(JSON.stringify({ presence: {} }), mallory))
    expect(bound.presence).toEqual({
      userId: presenceUserId(mallory.publicId),
      userName: 'Mallory',
      color: presenceColor(mallory.publicId),
    })
  })

  it("returns an honest page's state as the very same text", () => {
    const honest = JSON.stringify({ presence: presenceOf(mallory) })
    expect(bindPresenceIdentity(honest, mallory)).toBe(honest)
  })

  it.each([
    ['a leaving client', 'null'],
    ['a state without presence', JSON.stringify({ user: { name: 'Els' } })],
    ['a presence cleared by its page', JSON.stringify({ presence: null })],
    ['an array', JSON.stringify([{ presence: presenceOf(els) }])],
  ])('passes %s unchanged', (_what, state) => {
    expect(bindPresenceIdentity(state, mallory)).toBe(state)
  })

  it.each([
    ['a string', 'user:els'],
    ['a number', 7],
    ['an array', [presenceOf(els)]],
  ])('clears a presence that is %s and keeps the rest', (_what, presence) => {
    const bound = JSON.parse(bindPresenceIdentity(JSON.stringify({ presence, x: 1 }), mallory))
    expect(bound).toEqual({ presence: null, x: 1 })
  })

  it('keeps the entry itself when nothing changed, and copies it when something did', () => {
    const honest = { clientId: 1, clock: 2, state: JSON.stringify({ presence: presenceOf(els) }) }
    expect(bindEntryIdentity(honest, els)).toBe(honest)
    const bound = bindEntryIdentity(honest, mallory)
    expect(bound).not.toBe(honest)
    expect({ ...bound, state: '' }).toEqual({ clientId: 1, clock: 2, state: '' })
    expect(JSON.parse(bound.state).presence.userName).toBe('Mallory')
  })
})

describe('presence identity', () => {
  it('gives a stable colour from the palette, by public id', () => {
    expect(presenceColor(els.publicId)).toBe(presenceColor(els.publicId))
    expect(PRESENCE_COLORS).toContain(presenceColor(els.publicId))
    const spread = new Set(
      Array.from({ length: 50 }, (_, i) => presenceColor(`someone-${i}-public-id00`)),
    )
    expect(spread.size).toBeGreaterThan(5)
  })
})
