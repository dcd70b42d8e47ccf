import { type AreaState, type DreamGameState, spotKey } from '@reflectiebord/shared'
import { useFacilitation } from '../../control/FacilitationContext.tsx'

export const DREAM_TEMPLATE_ID = 'dromen-met-beelden'
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

/** Dromen met beelden as session control describes it, from this person's point of view. */
export function useDream(): DreamView {
  const { control, me } = useFacilitation()
  const activity = control.activity
  const active = activity?.templateId === DREAM_TEMPLATE_ID
  const instanceId = active ? activity.instanceId : null
  const game = control.dromen && control.dromen.instanceId === instanceId ? control.dromen : null
  const ofInstance = control.areas.filter((area) => area.instanceId === instanceId)
  const spots = game ? ofInstance.filter((area) => area.areaId === 'spot') : []
  const myKey = game ? spotKey(game.instanceId, me.publicId) : null
  return {
    active,
    instanceId,
    phaseIndex: active ? activity.phaseIndex : 0,
    game,
    mySpot: spots.find((area) => area.key === myKey) ?? null,
    spots,
    clustersZone: ofInstance.find((area) => area.areaId === CLUSTERS_AREA) ?? null,
    visionZone: ofInstance.find((area) => area.areaId === VISION_AREA) ?? null,
  }
}
