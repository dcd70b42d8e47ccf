import { stoplichtspel } from '@reflectiebord/shared'
import { defineServerExercise } from '../ServerExercise.ts'
import { stoplichtHandlers } from './stoplichtHandlers.ts'

export const stoplichtspelServer = defineServerExercise({
  module: stoplichtspel,
  handlers: stoplichtHandlers,
  // The summary leaves the screen; an open round stays open (its votes are not revealed or
  // thrown away behind the facilitator's back) and its strip waits until the game is back.
  onSuperseded: ({ slice: game, write }) => {
    if (game?.showSummary) write((w) => w.setSlice({ ...game, showSummary: false }))
  },
})
