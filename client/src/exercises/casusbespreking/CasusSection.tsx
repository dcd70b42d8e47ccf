import { exampleCases, type PersonState } from '@reflectiebord/shared'
import { useEffect, useId, useState } from 'react'
import { pick } from '../../control/activeExercise.ts'
import { CommandError } from '../../control/CommandError.tsx'
import { useControl, useEditor } from '../../control/ControlStoreContext.tsx'
import { PanelSection } from '../../control/panel/PanelSection.tsx'
import { useLoadTemplate } from '../../control/panel/useLoadTemplate.ts'
import { useCommand } from '../../control/useCommand.ts'
import { useUiStore } from '../../state/uiStore.ts'
import { BringerBadge } from './BringerBadge.tsx'
import { casusTemplates, findPerson } from './casusModel.ts'
import { useCasusT } from './messages.ts'
import { useActiveCasus, useCase } from './useCasus.ts'

/**
 * The facilitator's controls for a case discussion: start a method, name the case-bringer,
 * and choose between an own case (written on the board) and one of the practice cases.
 * Phases and the timer are the panel's own sections above.
 */
export function CasusSection() {
  const m = useCasusT()
  return (
    <PanelSection id="casus" heading={m('section.heading')}>
      <p className="muted panel-section__hint">{m('section.intro')}</p>
      <MethodPicker />
      <BringerPicker />
      <ExamplePicker />
    </PanelSection>
  )
}

function MethodPicker() {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const editor = useEditor()
  const command = useCommand()
  const activeTemplateId = useActiveCasus()?.template.id
  const start = useLoadTemplate(command)

  return (
    <div className="casus-panel__group">
      <h4 id="casus-method-heading" className="casus-panel__subheading">
        {m('method.heading')}
      </h4>
      <ul className="casus-methods">
        {casusTemplates.map((template) => {
          const title = pick(template.title, language)
          const minutes = template.phases.reduce((sum, phase) => sum + phase.durationMinutes, 0)
          const running = activeTemplateId === template.id
          return (
            <li key={template.id} className="casus-methods__item">
              <div className="casus-methods__text">
                <span className="casus-methods__title">
                  {title}
                  {running ? (
                    <span className="role-badge role-badge--small casus-methods__running">
                      {m('method.active')}
                    </span>
                  ) : null}
                </span>
                <span className="muted casus-methods__meta">
                  {m('method.steps', { count: template.phases.length, minutes })}
                </span>
              </div>
              <button
                type="button"
                className="button button--small"
                data-testid={`casus-method-${template.id}`}
                aria-label={m('method.startLabel', { title: title.toLowerCase() })}
                aria-busy={command.busy}
                disabled={!editor}
                onClick={() => void start(template.id)}
              >
                {m('method.start')}
              </button>
            </li>
          )
        })}
      </ul>
      <CommandError error={command.error} />
    </div>
  )
}

/** Who is here first, then by name: the bringer is almost always someone present. */
function byPresence(a: PersonState, b: PersonState): number {
  return Number(b.online) - Number(a.online) || a.name.localeCompare(b.name, 'nl-BE')
}

function BringerPicker() {
  const m = useCasusT()
  const people = useControl((control) => control.people)
  const command = useCommand()
  const selectId = useId()
  const bringerId = useCase().bringerPublicId
  const bringer = findPerson(people, bringerId)
  const [choice, setChoice] = useState(bringerId ?? '')
  // Follow the server when someone else (a co-facilitator) names the bringer.
  useEffect(() => setChoice(bringerId ?? ''), [bringerId])
  const candidates = people.filter((person) => person.role !== 'facilitator').sort(byPresence)

  const save = () =>
    void command.run({ type: 'case.bringer', publicId: choice === '' ? null : choice })

  return (
    <div className="casus-panel__group">
      <h4 id="casus-bringer-heading" className="casus-panel__subheading">
        {m('bringer.heading')}
      </h4>
      <p className="casus-panel__current" data-testid="casus-bringer-current">
        {bringer ? (
          <>
            <BringerBadge /> <strong>{bringer.name}</strong>
            {bringer.online ? null : <span className="casus-offline"> {m('bringer.offline')}</span>}
          </>
        ) : (
          <span className="muted">{m('bringer.notChosen')}</span>
        )}
      </p>
      {bringer && !bringer.online ? (
        <p className="notice casus-panel__notice" role="status">
          {m('bringer.offlineHint')}
        </p>
      ) : null}
      <form
        className="casus-bringer-form"
        onSubmit={(event) => {
          event.preventDefault()
          save()
        }}
      >
        <label htmlFor={selectId} className="casus-bringer-form__label">
          {m('bringer.label')}
        </label>
        <div className="casus-bringer-form__row">
          <select
            id={selectId}
            className="casus-bringer-form__select"
            data-testid="casus-bringer-select"
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
          >
            <option value="">{m('bringer.none')}</option>
            {candidates.map((person) => (
              <option key={person.publicId} value={person.publicId}>
                {person.online ? person.name : m('bringer.optionOffline', { name: person.name })}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            data-testid="casus-bringer-save"
            aria-busy={command.busy}
          >
            {m('bringer.save')}
          </button>
        </div>
      </form>
      <CommandError error={command.error} />
    </div>
  )
}

function ExamplePicker() {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const command = useCommand()
  const chosen = useCase().exampleCaseId
  const choose = (exampleId: string | null) => {
    if (exampleId !== chosen) void command.run({ type: 'case.example', exampleId })
  }
  return (
    <div className="casus-panel__group">
      <h4 id="casus-example-heading" className="casus-panel__subheading">
        {m('example.heading')}
      </h4>
      <ul className="casus-examples">
        <li>
          <button
            type="button"
            className={`casus-examples__button${chosen === null ? ' casus-examples__button--chosen' : ''}`}
            data-testid="casus-example-none"
            aria-pressed={chosen === null}
            onClick={() => choose(null)}
          >
            <span className="casus-examples__mark" aria-hidden="true">
              {chosen === null ? '✓' : ''}
            </span>
            <span>
              {m('example.own')}
              <span className="casus-examples__hint muted">{m('example.ownHint')}</span>
            </span>
          </button>
        </li>
        {exampleCases.map((example) => {
          const isChosen = chosen === example.id
          return (
            <li key={example.id}>
              <button
                type="button"
                className={`casus-examples__button${isChosen ? ' casus-examples__button--chosen' : ''}`}
                data-testid={`casus-example-${example.id}`}
                aria-pressed={isChosen}
                onClick={() => choose(example.id)}
              >
                <span className="casus-examples__mark" aria-hidden="true">
                  {isChosen ? '✓' : ''}
                </span>
                <span>{m('example.choose', { title: pick(example.title, language) })}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <CommandError error={command.error} />
    </div>
  )
}
