import type { ExerciseParts } from '../ClientExercise.ts'
import { StoplichtBoardResults } from './StoplichtBoardResults.tsx'
import { StoplichtListNow } from './StoplichtListNow.tsx'
import { StoplichtListResults } from './StoplichtListResults.tsx'
import { StoplichtOverlay } from './StoplichtOverlay.tsx'
import { StoplichtSection } from './StoplichtSection.tsx'
import './stoplicht.css'

/** Stoplichtspel's components, its own chunk (see `module.ts`). */
export const stoplichtParts: ExerciseParts = {
  FacilitatorSection: StoplichtSection,
  BoardLayer: StoplichtOverlay,
  BoardResults: StoplichtBoardResults,
  list: { Now: StoplichtListNow, Results: StoplichtListResults },
}
