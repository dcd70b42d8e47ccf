import { stoplichtspel } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { stoplichtErrorMessages } from './messages.ts'
import { readMyVote } from './myVotes.ts'

/**
 * Stoplichtspel on the page: the facilitator's section, the voting strip for everyone, its
 * results on the board once it is off stage, and in the list view the round to vote on and the
 * results so far (`parts.ts`, loaded when in use).
 */
export const stoplichtspelPage: ClientExercise = {
  module: stoplichtspel,
  loadParts: () => import('./parts.ts').then((chunk) => chunk.stoplichtParts),
  errorMessages: stoplichtErrorMessages,
  testHook: ({ sessionId }) => ({
    /**
     * What this tab voted in a round (by sealed box id), or null. The server never says;
     * this is the tab's own memory, the same the vote cards show.
     */
    myVote: (boxId: string) => readMyVote(sessionId, boxId),
  }),
}
