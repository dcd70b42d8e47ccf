import type { TextProblem } from '@reflectiebord/shared'
import type { StoplichtMessageKey } from './messages.ts'

/** Why a typed statement was not accepted, as a Dutch (or English) sentence key. */
export const statementProblemMessage: Record<TextProblem, StoplichtMessageKey> = {
  empty: 'panel.error.empty',
  'too-long': 'panel.error.tooLong',
  'control-characters': 'panel.error.controlCharacters',
}
