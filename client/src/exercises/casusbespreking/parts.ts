import type { ExerciseParts } from '../ClientExercise.ts'
import { CasusBoardLayer } from './CasusBoardLayer.tsx'
import { CasusListNow } from './CasusListNow.tsx'
import { CasusSection } from './CasusSection.tsx'
import './casus.css'

/** Casusbespreking's components, its own chunk (see `module.ts`). */
export const casusParts: ExerciseParts = {
  FacilitatorSection: CasusSection,
  BoardLayer: CasusBoardLayer,
  list: { Now: CasusListNow },
}
