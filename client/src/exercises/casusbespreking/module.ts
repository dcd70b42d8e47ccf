import { casusbespreking } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { casusErrorMessages } from './messages.ts'
import { casusNoteRegion } from './noteRegion.ts'

/**
 * Casusbespreking on the page: the facilitator's section, the strip and board overlay, and in
 * the list view the case and the rule of the step, notes from the list landing in my column
 * (`parts.ts`, loaded when in use).
 */
export const casusbesprekingPage: ClientExercise = {
  module: casusbespreking,
  loadParts: () => import('./parts.ts').then((chunk) => chunk.casusParts),
  // Its board layer keeps a redacted note's old text out of this browser's undo history: once
  // anything was redacted, it stays loaded whatever else is on the board.
  inUse: (control) => control.redactions.count > 0,
  errorMessages: casusErrorMessages,
  list: { noteRegion: casusNoteRegion },
}
