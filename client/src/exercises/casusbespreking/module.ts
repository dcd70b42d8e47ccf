import { casusbespreking } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { CasusBoardLayer } from './CasusBoardLayer.tsx'
import { CasusListNow } from './CasusListNow.tsx'
import { CasusSection } from './CasusSection.tsx'
import { casusErrorMessages } from './messages.ts'
import { casusNoteRegion } from './noteRegion.ts'
import './casus.css'

/**
 * Casusbespreking on the page: the facilitator's section, the strip and board overlay, and in
 * the list view the case and the rule of the step (notes from the list land in my column).
 */
export const casusbesprekingPage: ClientExercise = {
  module: casusbespreking,
  FacilitatorSection: CasusSection,
  BoardLayer: CasusBoardLayer,
  errorMessages: casusErrorMessages,
  list: { Now: CasusListNow, noteRegion: casusNoteRegion },
}
