import type { Column, PhaseNudge } from '@reflectiebord/shared'
import { useControl, useMe } from '../../control/ControlStoreContext.tsx'
import { type ActiveCasus, columnsFor } from './casusModel.ts'
import { useCasusT } from './messages.ts'
import { useCase } from './useCasus.ts'

export interface CasusNudge {
  nudge: PhaseNudge | null
  /** What this step asks of me, in words; null when it asks nothing special. */
  text: string | null
  /** My own column in an analysis step, when I have one. */
  myColumn: Column | null
  iAmBringer: boolean
}

/** The rule of the current step, worded for me (the case-bringer reads it differently). */
export function useCasusNudge(active: ActiveCasus): CasusNudge {
  const m = useCasusT()
  const me = useMe()
  const people = useControl((control) => control.people)
  const bringerId = useCase().bringerPublicId
  const iAmBringer = bringerId !== null && bringerId === me.publicId
  const nudge = active.phase.nudge ?? null
  const zone = active.zone
  const myColumn =
    nudge === 'own-column' && zone
      ? (columnsFor(zone, people, bringerId).find((column) => column.publicId === me.publicId) ??
        null)
      : null
  const text =
    nudge === 'case-bringer'
      ? iAmBringer
        ? m(zone?.areaId === 'casus' ? 'nudge.case-bringer-me-case' : 'nudge.case-bringer-me')
        : m('nudge.case-bringer')
      : nudge === 'own-column' && !myColumn
        ? `${m('nudge.own-column')} ${m('nudge.noColumn')}`
        : nudge
          ? m(`nudge.${nudge}`)
          : null
  return { nudge, text, myColumn, iAmBringer }
}
