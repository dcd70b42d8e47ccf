import { describe, expect, it } from 'vitest'
import { movePhase, nextPhase, previousPhase } from './phases.ts'

describe('phases', () => {
  it('steps forward and back within the exercise', () => {
    expect(nextPhase(0, 4)).toEqual({ ok: true, index: 1 })
    expect(previousPhase(2, 4)).toEqual({ ok: true, index: 1 })
    expect(movePhase(4, 3)).toEqual({ ok: true, index: 3 })
  })

  it('refuses to step past either end', () => {
    expect(nextPhase(3, 4)).toEqual({ ok: false, reason: 'phase-out-of-range' })
    expect(previousPhase(0, 4)).toEqual({ ok: false, reason: 'phase-out-of-range' })
  })

  it.each([[-1], [4], [1.5], [Number.NaN]])('refuses to jump to phase %s of four', (target) => {
    expect(movePhase(4, target)).toEqual({ ok: false, reason: 'phase-out-of-range' })
  })
})
