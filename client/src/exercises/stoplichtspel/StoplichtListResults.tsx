import { useSessionId } from '../../control/ControlStoreContext.tsx'
import { RecordBlocks } from '../../record/RecordBlocks.tsx'
import { useStoplichtT } from './messages.ts'
import { useResultsSection } from './useResultsSection.ts'

/**
 * Under the stoplicht zones in the list view, once a round was revealed: every statement with
 * its tally per round (shape, word and number in a table), how far apart the team was and the
 * notes. The same content as the session record's section, read from it.
 */
export function StoplichtListResults({ instanceId }: { instanceId: string }) {
  const t = useStoplichtT()
  const section = useResultsSection(instanceId)
  const sessionId = useSessionId()
  if (!section) return null
  return (
    <section
      className="stoplicht-list-results"
      aria-labelledby={`stoplicht-results-${instanceId}`}
      data-testid="list-vote-results"
    >
      <h4 id={`stoplicht-results-${instanceId}`} className="list-zone__title">
        {t('list.resultsHeading')}
      </h4>
      <RecordBlocks blocks={section.blocks} headingLevel={5} sessionId={sessionId} />
    </section>
  )
}
