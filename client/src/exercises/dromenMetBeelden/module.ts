import { dromenMetBeelden } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { dromenItemLabel } from './listItems.ts'
import { dromenErrorMessages } from './messages.ts'

/**
 * Dromen met beelden on the page: the facilitator's section, the strip with its tools, and in
 * the list view choosing a picture, clusters and vision statements (`parts.ts`, loaded when in
 * use, with the picture library).
 */
export const dromenMetBeeldenPage: ClientExercise = {
  module: dromenMetBeelden,
  loadParts: () => import('./parts.ts').then((chunk) => chunk.dromenParts),
  errorMessages: dromenErrorMessages,
  list: { itemLabel: dromenItemLabel },
}
