import { useFacilitation } from '../../control/FacilitationContext.tsx'
import { PanelSection } from '../../facilitator/PanelSection.tsx'
import { useT } from '../../i18n/useT.ts'
import { AddStatementForm } from './AddStatementForm.tsx'
import { AnonymousToggle } from './AnonymousToggle.tsx'
import { CurrentRoundControls } from './CurrentRoundControls.tsx'
import { DefaultSetPicker } from './DefaultSetPicker.tsx'
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
  const t = useT()
  const game = useFacilitation().control.stoplicht

  return (
    <PanelSection id="stoplicht" heading={t('stoplicht.heading')}>
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
          {t('stoplicht.intro')} {t('stoplicht.noGame')}
        </p>
      )}
      <AddStatementForm />
      <DefaultSetPicker />
      <SavedSets />
    </PanelSection>
  )
}
