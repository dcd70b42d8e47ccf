import {
  type ActivityState,
  type AreaState,
  type DreamGameState,
  dromenMetBeelden,
  getTemplate,
  spotKey,
} from '@reflectiebord/shared'
import { useMemo } from 'react'
import { useControl, useMe, useSlice } from '../../control/ControlStoreContext.tsx'

export const CLUSTERS_AREA = 'clusters'
export const VISION_AREA = 'gedeelde-visie'
/** Phase indexes of the template: choose, show and tell, cluster, vision. */
export const CLUSTER_PHASE = 2
export const VISION_PHASE = 3

export interface DreamView {
  /** Dromen met beelden is the active exercise. */
  active: boolean
  instanceId: string | null
  phaseIndex: number
  /** The game of the active copy, once a facilitator started it. */
  game: DreamGameState | null
  mySpot: AreaState | null
  spots: AreaState[]
  clustersZone: AreaState | null
  visionZone: AreaState | null
}

/**
 * Dromen met beelden as session control describes it, from one person's point of view. Pure:
 * `useDream` feeds it only the parts of session control it reads.
 */
export function dreamView(
  activity: ActivityState | null,
  started: DreamGameState | null,
  areas: readonly AreaState[],
  myPublicId: string,
): DreamView {
  const ours = activity && getTemplate(activity.templateId)?.exercise === dromenMetBeelden.id
  const active = ours === true
  const instanceId = ours ? activity.instanceId : null
  const game = started && started.instanceId === instanceId ? started : null
  const ofInstance = areas.filter((area) => area.instanceId === instanceId)
  const spots = game ? ofInstance.filter((area) => area.areaId === 'spot') : []
  const myKey = game ? spotKey(game.instanceId, myPublicId) : null
  return {
    active,
    instanceId,
    phaseIndex: ours ? activity.phaseIndex : 0,
    game,
    mySpot: spots.find((area) => area.key === myKey) ?? null,
    spots,
    clustersZone: ofInstance.find((area) => area.areaId === CLUSTERS_AREA) ?? null,
    visionZone: ofInstance.find((area) => area.areaId === VISION_AREA) ?? null,
  }
}

/** Dromen met beelden for me, recomputed only when the parts it reads change. */
export function useDream(): DreamView {
  const activity = useControl((control) => control.activity)
  const started = useSlice(dromenMetBeelden)
  const areas = useControl((control) => control.areas)
  const myPublicId = useMe().publicId
  return useMemo(
    () => dreamView(activity, started, areas, myPublicId),
    [activity, started, areas, myPublicId],
  )
}
