import { describe, expect, it } from 'vitest'
import {
  isFacilitatorKey,
  isParticipantId,
  isSessionId,
  newFacilitatorKey,
  newParticipantId,
  newSessionId,
  publicParticipantId,
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

  it('derives a stable public id that does not reveal the private one', () => {
    const pid = newParticipantId()
    expect(publicParticipantId(pid)).toBe(publicParticipantId(pid))
    expect(publicParticipantId(pid)).not.toBe(pid)
    expect(publicParticipantId(pid)).not.toContain(pid.slice(0, 8))
    expect(publicParticipantId(newParticipantId())).not.toBe(publicParticipantId(pid))
    expect(isParticipantId(publicParticipantId(pid))).toBe(true)
  })

  it('refuses ids of the wrong shape', () => {
    expect(isSessionId('../../etc/passwd')).toBe(false)
    expect(isSessionId(`${newSessionId()}x`)).toBe(false)
    expect(isSessionId('')).toBe(false)
    expect(isFacilitatorKey(newSessionId())).toBe(false)
  })
})
