import { stoplichtspel } from '@reflectiebord/shared'
import type { ClientExercise } from '../ClientExercise.ts'
import { stoplichtErrorMessages } from './messages.ts'
import { readMyVote } from './myVotes.ts'
import { StoplichtBoardResults } from './StoplichtBoardResults.tsx'
import { StoplichtListNow } from './StoplichtListNow.tsx'
import { StoplichtListResults } from './StoplichtListResults.tsx'
import { StoplichtOverlay } from './StoplichtOverlay.tsx'
import { StoplichtSection } from './StoplichtSection.tsx'
import './stoplicht.css'

/**
 * Stoplichtspel on the page: the facilitator's section, the voting strip for everyone, its
 * results on the board once it is off stage, and in the list view the round to vote on and the
 * results so far.
 */
export const stoplichtspelPage: ClientExercise = {
  module: stoplichtspel,
  FacilitatorSection: StoplichtSection,
  BoardLayer: StoplichtOverlay,
  BoardResults: StoplichtBoardResults,
  errorMessages: stoplichtErrorMessages,
  list: { Now: StoplichtListNow, Results: StoplichtListResults },
  testHook: ({ sessionId }) => ({
    /**
     * What this tab voted in a round (by sealed box id), or null. The server never says;
     * this is the tab's own memory, the same the vote cards show.
     */
    myVote: (boxId: string) => readMyVote(sessionId, boxId),
  }),
}
