import { ResultsCard } from '../../board/results/ResultsCard.tsx'
import { useSessionId } from '../../control/ControlStoreContext.tsx'
import { RecordBlocks } from '../../record/RecordBlocks.tsx'
import { useResultsSection } from './useResultsSection.ts'

/**
 * On the board under a stoplicht copy's zones once the game is off stage: the revealed
 * tallies per statement, the spread and the notes, as in the record. Votes live in session
 * control, not on the board, so without this card they would be gone from the board.
 */
export function StoplichtBoardResults({ instanceId }: { instanceId: string }) {
  const section = useResultsSection(instanceId)
  const sessionId = useSessionId()
  if (!section) return null
  return (
    <ResultsCard instanceId={instanceId}>
      <RecordBlocks blocks={section.blocks} headingLevel={3} sessionId={sessionId} />
    </ResultsCard>
  )
}
