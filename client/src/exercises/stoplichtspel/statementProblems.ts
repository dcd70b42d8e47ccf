import type { TextProblem } from '@reflectiebord/shared'
import type { MessageKey } from '../../i18n/nl.ts'

/** Why a typed statement was not accepted, as a Dutch (or English) sentence key. */
export const statementProblemMessage: Record<TextProblem, MessageKey> = {
  empty: 'stoplicht.error.empty',
  'too-long': 'stoplicht.error.tooLong',
  'control-characters': 'stoplicht.error.controlCharacters',
}
