import {
  checkStatementText,
  MAX_STATEMENTS,
  STATEMENT_MAX_LENGTH,
  type TextProblem,
} from '@reflectiebord/shared'
import { type FormEvent, useState } from 'react'
import { CommandError } from '../../control/CommandError.tsx'
import { useStoplichtT } from './messages.ts'
import { addStatement } from './statementEdits.ts'
import { statementProblemMessage } from './statementProblems.ts'
import { useStatementSetup } from './useStatementSetup.ts'

/** Types a statement of one's own onto the end of the list (checked here, then by the server). */
export function AddStatementForm() {
  const t = useStoplichtT()
  const { statements, apply, command } = useStatementSetup()
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<TextProblem | 'too-many' | null>(null)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const check = checkStatementText(value)
    if (!check.ok) {
      setProblem(check.problem)
      return
    }
    if (statements.length >= MAX_STATEMENTS) {
      setProblem('too-many')
      return
    }
    setProblem(null)
    if (await apply(addStatement(statements, check.value))) setValue('')
  }

  return (
    <form className="add-statement" onSubmit={(event) => void onSubmit(event)} noValidate>
      <label htmlFor="stoplicht-add-input" className="add-statement__label">
        {t('panel.addLabel')}
      </label>
      <p id="stoplicht-add-hint" className="muted panel-section__hint">
        {t('panel.addHint')}
      </p>
      <textarea
        id="stoplicht-add-input"
        className="statement-row__text"
        rows={2}
        value={value}
        data-testid="stoplicht-add-input"
        aria-invalid={problem ? true : undefined}
        aria-describedby={`stoplicht-add-hint${problem ? ' stoplicht-add-error' : ''}`}
        onChange={(event) => {
          setValue(event.target.value)
          setProblem(null)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault()
            event.currentTarget.form?.requestSubmit()
          }
        }}
      />
      {problem ? (
        <p id="stoplicht-add-error" className="field__error" role="alert">
          {problem === 'too-many'
            ? t('panel.error.tooMany', { max: MAX_STATEMENTS })
            : t(statementProblemMessage[problem], { max: STATEMENT_MAX_LENGTH })}
        </p>
      ) : null}
      <button type="submit" className="button button--small" data-testid="stoplicht-add">
        <span aria-hidden="true">+ </span>
        {t('panel.add')}
      </button>
      <CommandError error={command.error} />
    </form>
  )
}
