/**
 * Moving through the phases of the active exercise. Pure: the server applies the result and
 * refuses what this refuses.
 */
export type PhaseMove = { ok: true; index: number } | { ok: false; reason: 'phase-out-of-range' }

export function movePhase(phaseCount: number, target: number): PhaseMove {
  if (!Number.isInteger(target) || target < 0 || target >= phaseCount) {
    return { ok: false, reason: 'phase-out-of-range' }
  }
  return { ok: true, index: target }
}

export function nextPhase(current: number, phaseCount: number): PhaseMove {
  return movePhase(phaseCount, current + 1)
}

export function previousPhase(current: number, phaseCount: number): PhaseMove {
  return movePhase(phaseCount, current - 1)
}
