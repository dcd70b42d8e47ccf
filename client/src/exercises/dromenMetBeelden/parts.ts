import type { ExerciseParts } from '../ClientExercise.ts'
import { DromenBoardLayer } from './DromenBoardLayer.tsx'
import { DromenListNow } from './DromenListNow.tsx'
import { DromenSection } from './DromenSection.tsx'
import { MoveToClusterTool } from './MoveToClusterTool.tsx'
import './dromen.css'

/** Dromen met beelden's components, with the picture library: its own chunk (`module.ts`). */
export const dromenParts: ExerciseParts = {
  FacilitatorSection: DromenSection,
  BoardLayer: DromenBoardLayer,
  list: { Now: DromenListNow, ItemTools: MoveToClusterTool },
}
