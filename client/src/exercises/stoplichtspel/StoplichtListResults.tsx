import { getTemplate, stoplichtspel } from '@reflectiebord/shared'
import { useControl, useSlice } from '../../control/ControlStoreContext.tsx'
import { RecordBlocksView } from '../../list/RecordBlocksView.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'

/**
 * Under the stoplicht zones in the list view, once a round was revealed: every statement with
 * its tally per round (shape, word and number in a table), how far apart the team was and the
 * notes. The same content as the session record's section, read from it.
 */
export function StoplichtListResults({ instanceId }: { instanceId: string }) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const game = useSlice(stoplichtspel)
  const control = useControl((state) => state)
  const templateId = control.areas.find((area) => area.instanceId === instanceId)?.templateId
  const template = templateId ? getTemplate(templateId) : undefined
  const revealed = game ? Object.values(game.results).some((rounds) => rounds.length > 0) : false
  if (!game || !template || !revealed) return null
  const section = stoplichtspel.record({
    language,
    template,
    instanceId,
    control,
    slice: game,
    board: [],
  })
  return (
    <section
      className="stoplicht-list-results"
      aria-labelledby={`stoplicht-results-${instanceId}`}
      data-testid="list-vote-results"
    >
      <h4 id={`stoplicht-results-${instanceId}`} className="list-zone__title">
        {t('list.resultsHeading')}
      </h4>
      <RecordBlocksView blocks={section.blocks} headingLevel={5} />
    </section>
  )
}
