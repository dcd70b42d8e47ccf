import { getExampleCase } from '@reflectiebord/shared'
import { pick } from '../../control/activeExercise.ts'
import { useControl } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { BringerBadge } from './BringerBadge.tsx'
import { type ActiveCasus, findPerson } from './casusModel.ts'
import { useCasusT } from './messages.ts'
import { useActiveCasus, useCase } from './useCasus.ts'
import { useCasusNudge } from './useCasusNudge.ts'

/**
 * The case discussion in the list view: who brings the case, the rule of this step (only
 * questions, my own column, only the case-bringer writes), and the practice case in full.
 * Writing in the step's zone is the core's form, right below.
 */
export function CasusListNow() {
  const active = useActiveCasus()
  if (!active) return null
  return <CasusNow active={active} />
}

function CasusNow({ active }: { active: ActiveCasus }) {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const people = useControl((control) => control.people)
  const { bringerPublicId, exampleCaseId } = useCase()
  const bringer = findPerson(people, bringerPublicId)
  const { nudge, text, iAmBringer } = useCasusNudge(active)
  const example = exampleCaseId ? getExampleCase(exampleCaseId) : null
  return (
    <div className="casus-list-now" data-testid="list-casus">
      <p className="casus-list-now__bringer">
        {bringer ? (
          <>
            <BringerBadge />{' '}
            <strong data-testid="list-casus-bringer">
              {bringer.name}
              {iAmBringer ? ` (${m('bringer.you')})` : null}
            </strong>
            {bringer.online ? null : <span className="casus-offline"> {m('bringer.offline')}</span>}
          </>
        ) : (
          <span className="muted">{m('strip.noBringer')}</span>
        )}
      </p>
      {text ? (
        <p className="casus-nudge" data-testid="list-casus-nudge" data-nudge={nudge ?? ''}>
          <span className="casus-nudge__mark" aria-hidden="true">
            {nudge === 'questions-only' ? '?' : nudge === 'own-column' ? '▥' : '✎'}
          </span>
          {text}
        </p>
      ) : null}
      {example ? (
        <div className="casus-list-now__example" data-testid="list-casus-example">
          <h4 className="casus-list-now__heading">
            {m('example.card')}: {pick(example.title, language)}
          </h4>
          <p>
            <strong>{m('example.situation')}:</strong> {pick(example.situation, language)}
          </p>
          <p>
            <strong>{m('example.question')}:</strong> {pick(example.question, language)}
          </p>
        </div>
      ) : null}
    </div>
  )
}
