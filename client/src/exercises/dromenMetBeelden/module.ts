import { dromenMetBeelden } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { DromenBoardLayer } from './DromenBoardLayer.tsx'
import { DromenSection } from './DromenSection.tsx'
import { dromenErrorMessages } from './messages.ts'
import './dromen.css'

/** Dromen met beelden on the page: the facilitator's section, and the strip with its tools. */
export const dromenMetBeeldenPage: ClientExercise = {
  module: dromenMetBeelden,
  FacilitatorSection: DromenSection,
  BoardLayer: DromenBoardLayer,
  errorMessages: dromenErrorMessages,
}
