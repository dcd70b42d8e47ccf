import { type CaseState, casusbespreking, noCase } from '@reflectiebord/shared'
import { useMemo } from 'react'
import { useControl, useSlice } from '../../control/ControlStoreContext.tsx'
import { type ActiveCasus, activeCasus } from './casusModel.ts'

/** The case discussion everyone is in now, or null; recomputed only when it can change. */
export function useActiveCasus(): ActiveCasus | null {
  const activity = useControl((control) => control.activity)
  const areas = useControl((control) => control.areas)
  return useMemo(() => activeCasus({ activity, areas }), [activity, areas])
}

/** The case as session control holds it: no bringer and no practice case until one is named. */
export function useCase(): CaseState {
  return useSlice(casusbespreking) ?? noCase
}
