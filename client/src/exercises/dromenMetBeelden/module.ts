import { dromenMetBeelden } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { DromenBoardLayer } from './DromenBoardLayer.tsx'
import { DromenListNow } from './DromenListNow.tsx'
import { DromenSection } from './DromenSection.tsx'
import { dromenItemLabel } from './listItems.ts'
import { MoveToClusterTool } from './MoveToClusterTool.tsx'
import { dromenErrorMessages } from './messages.ts'
import './dromen.css'

/**
 * Dromen met beelden on the page: the facilitator's section, the strip with its tools, and in
 * the list view choosing a picture, clusters and vision statements.
 */
export const dromenMetBeeldenPage: ClientExercise = {
  module: dromenMetBeelden,
  FacilitatorSection: DromenSection,
  BoardLayer: DromenBoardLayer,
  errorMessages: dromenErrorMessages,
  list: {
    Now: DromenListNow,
    ItemTools: MoveToClusterTool,
    itemLabel: dromenItemLabel,
  },
}
