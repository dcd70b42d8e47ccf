import { stoplichtspel } from '@reflectiebord/shared'
import { defineServerExercise } from '../ServerExercise.ts'
import { stoplichtHandlers } from './stoplichtHandlers.ts'

export const stoplichtspelServer = defineServerExercise({
  module: stoplichtspel,
  handlers: stoplichtHandlers,
})
