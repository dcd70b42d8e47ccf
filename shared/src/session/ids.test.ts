import { describe, expect, it } from 'vitest'
import {
  isFacilitatorKey,
  isParticipantId,
  isSessionId,
  newFacilitatorKey,
  newParticipantId,
  newSessionId,
} from './ids.ts'

describe('session ids and keys', () => {
  it('makes ids and keys that their own checks recognise', () => {
    expect(isSessionId(newSessionId())).toBe(true)
    expect(isFacilitatorKey(newFacilitatorKey())).toBe(true)
    expect(isParticipantId(newParticipantId())).toBe(true)
  })

  it('carries at least 128 bits of randomness in every credential', () => {
    // base64url: 6 bits per character.
    expect(newSessionId().length * 6).toBeGreaterThanOrEqual(128)
    expect(newFacilitatorKey().length * 6).toBeGreaterThanOrEqual(256)
  })

  it('never repeats itself in many draws', () => {
    const seen = new Set(Array.from({ length: 5000 }, newSessionId))
    expect(seen.size).toBe(5000)
  })

  it('refuses ids of the wrong shape', () => {
    expect(isSessionId('../../etc/passwd')).toBe(false)
    expect(isSessionId(`${newSessionId()}x`)).toBe(false)
    expect(isSessionId('')).toBe(false)
    expect(isFacilitatorKey(newSessionId())).toBe(false)
  })
})
