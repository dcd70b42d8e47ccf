import { casusbespreking } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { CasusBoardLayer } from './CasusBoardLayer.tsx'
import { CasusSection } from './CasusSection.tsx'
import { casusErrorMessages } from './messages.ts'
import './casus.css'

/** Casusbespreking on the page: the facilitator's section, and the strip and board overlay. */
export const casusbesprekingPage: ClientExercise = {
  module: casusbespreking,
  FacilitatorSection: CasusSection,
  BoardLayer: CasusBoardLayer,
  errorMessages: casusErrorMessages,
}
