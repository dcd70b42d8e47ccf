import {
  defaultStatements,
  MAX_STATEMENTS,
  reflectionThemes,
  statementText,
} from '@reflectiebord/shared'
import { useId, useState } from 'react'
import { pick } from '../../control/activeExercise.ts'
import { CommandError } from '../../control/CommandError.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { addMissing } from './statementEdits.ts'
import { useStatementSetup } from './useStatementSetup.ts'

/**
 * The default statements, grouped by the guide's reflection themes, to tick and add. Starts
 * with all ticked ("start from the default set"); what is already in the list stays out.
 */
export function DefaultSetPicker() {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const { statements, apply, command } = useStatementSetup()
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(defaultStatements.map((s) => s.id)),
  )
  const id = useId()
  const present = new Set(statements.map((s) => s.id))
  const toAdd = defaultStatements.filter((s) => chosen.has(s.id) && !present.has(s.id))

  const toggle = (statementId: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before)
      if (on) next.add(statementId)
      else next.delete(statementId)
      return next
    })

  return (
    <details
      className="default-set"
      data-testid="stoplicht-default-set"
      open={statements.length === 0 ? true : undefined}
    >
      <summary>{t('panel.defaultSet', { count: defaultStatements.length })}</summary>
      <p className="muted panel-section__hint">{t('panel.defaultSetHint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          onClick={() => setChosen(new Set(defaultStatements.map((s) => s.id)))}
        >
          {t('panel.defaultAll')}
        </button>
        <button type="button" className="button button--small" onClick={() => setChosen(new Set())}>
          {t('panel.defaultNone')}
        </button>
      </div>
      {reflectionThemes.map((theme) => (
        <fieldset key={theme.id} className="default-set__theme">
          <legend>{pick(theme.label, language)}</legend>
          {defaultStatements
            .filter((s) => s.theme === theme.id)
            .map((s) => (
              <div key={s.id} className="default-set__item">
                <input
                  type="checkbox"
                  id={`${id}-${s.id}`}
                  checked={present.has(s.id) || chosen.has(s.id)}
                  disabled={present.has(s.id)}
                  data-testid={`stoplicht-default-${s.id}`}
                  onChange={(event) => toggle(s.id, event.target.checked)}
                />
                <label htmlFor={`${id}-${s.id}`}>
                  {statementText(s.text, language)}
                  {present.has(s.id) ? (
                    <span className="muted"> {t('panel.defaultInList')}</span>
                  ) : null}
                </label>
              </div>
            ))}
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="stoplicht-default-add"
        disabled={toAdd.length === 0 || statements.length + toAdd.length > MAX_STATEMENTS}
        onClick={() => void apply(addMissing(statements, toAdd))}
      >
        {t('panel.defaultAdd', { count: toAdd.length })}
      </button>
      <CommandError error={command.error} />
    </details>
  )
}
