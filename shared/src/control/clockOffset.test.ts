import { describe, expect, it } from 'vitest'
import { estimateClockOffset } from './clockOffset.ts'

describe('estimateClockOffset', () => {
  it('puts the server reading half-way through the round trip', () => {
    expect(estimateClockOffset([{ sentAt: 1000, serverTime: 6050, receivedAt: 1100 }])).toBe(5000)
  })

  it('trusts the sample with the shortest round trip', () => {
    const offset = estimateClockOffset([
      { sentAt: 0, serverTime: 2_000, receivedAt: 900 },
      { sentAt: 1000, serverTime: -3_980, receivedAt: 1040 },
      { sentAt: 2000, serverTime: 9_000, receivedAt: 2700 },
    ])
    expect(offset).toBe(-5000)
  })

  it('has no estimate without usable samples', () => {
    expect(estimateClockOffset([])).toBeUndefined()
    expect(estimateClockOffset([{ sentAt: 10, serverTime: 5, receivedAt: 5 }])).toBeUndefined()
  })
})
