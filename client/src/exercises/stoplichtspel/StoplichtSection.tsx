import { stoplichtspel } from '@reflectiebord/shared'
import { useSlice } from '../../control/ControlStoreContext.tsx'
import { PanelSection } from '../../control/panel/PanelSection.tsx'
import { AddStatementForm } from './AddStatementForm.tsx'
import { AnonymousToggle } from './AnonymousToggle.tsx'
import { CurrentRoundControls } from './CurrentRoundControls.tsx'
import { DefaultSetPicker } from './DefaultSetPicker.tsx'
import { useStoplichtT } from './messages.ts'
import { NotesEditor } from './NotesEditor.tsx'
import { SavedSets } from './SavedSets.tsx'
import { StatementList } from './StatementList.tsx'
import { SummaryToggle } from './SummaryToggle.tsx'

/**
 * The stoplicht game in the facilitator panel. What is used every minute of the game comes
 * first (the round: count, reveal, next; anonymity; notes; the summary), then the list of
 * statements with their open buttons, then preparing: adding, the default set, saved sets.
 */
export function StoplichtSection() {
  const t = useStoplichtT()
  const game = useSlice(stoplichtspel)

  return (
    <PanelSection id="stoplicht" heading={t('panel.heading')}>
      {game ? (
        <>
          <CurrentRoundControls game={game} />
          <AnonymousToggle game={game} />
          <NotesEditor game={game} />
          <SummaryToggle game={game} />
          <StatementList game={game} />
        </>
      ) : (
        <p className="muted panel-section__hint" data-testid="stoplicht-no-game">
          {t('panel.intro')} {t('panel.noGame')}
        </p>
      )}
      <AddStatementForm />
      <DefaultSetPicker />
      <SavedSets />
    </PanelSection>
  )
}
