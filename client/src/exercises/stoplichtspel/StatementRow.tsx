import {
  checkStatementText,
  STATEMENT_MAX_LENGTH,
  type Statement,
  statementText,
  type TextProblem,
} from '@reflectiebord/shared'
import { type KeyboardEvent, useEffect, useId, useState } from 'react'
import { useUiStore } from '../../state/uiStore.ts'
import { useStoplichtT } from './messages.ts'
import { statementProblemMessage } from './statementProblems.ts'

interface StatementRowProps {
  statement: Statement
  index: number
  count: number
  /** What the row says about votes: not played, played (with tallies), open now. */
  status: string
  isCurrent: boolean
  /** Another round is open (or this one): opening is not possible now. */
  openDisabled: boolean
  /** This statement's round is open: it cannot be removed. */
  removeDisabled: boolean
  played: boolean
  onSaveText(text: string): Promise<boolean>
  onMove(to: number): void
  onRemove(): void
  onOpen(): void
}

/**
 * One statement in the facilitator's list: its text (edited in place, saved on Enter or on
 * leaving the field), move up and down (buttons, so the keyboard can reorder too), remove,
 * and the button that opens voting on it.
 */
export function StatementRow({
  statement,
  index,
  count,
  status,
  isCurrent,
  openDisabled,
  removeDisabled,
  played,
  onSaveText,
  onMove,
  onRemove,
  onOpen,
}: StatementRowProps) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const saved = statementText(statement.text, language)
  const [value, setValue] = useState(saved)
  const [problem, setProblem] = useState<TextProblem | null>(null)
  const [editing, setEditing] = useState(false)
  const id = useId()
  const number = index + 1

  // Someone else (another facilitator, or my own save) changed the text: show theirs,
  // unless I am typing in this very field.
  useEffect(() => {
    if (!editing) setValue(saved)
  }, [saved, editing])

  const save = async () => {
    const check = checkStatementText(value)
    if (!check.ok) {
      setProblem(check.problem)
      return
    }
    setProblem(null)
    if (check.value === saved) {
      setValue(saved)
      return
    }
    await onSaveText(check.value)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      // One line per statement: Enter saves instead of breaking the line.
      event.preventDefault()
      void save()
    } else if (event.key === 'Escape') {
      // Undo my typing; do not also close the panel.
      event.stopPropagation()
      setValue(saved)
      setProblem(null)
    }
  }

  return (
    <li
      className={`statement-row${isCurrent ? ' statement-row--current' : ''}`}
      data-testid={`stoplicht-statement-${statement.id}`}
    >
      <label className="statement-row__label" htmlFor={`${id}-text`}>
        {t('panel.statementLabel', { number })}
        {isCurrent ? <span aria-hidden="true"> ◀</span> : null}
      </label>
      <textarea
        id={`${id}-text`}
        className="statement-row__text"
        rows={2}
        value={value}
        maxLength={STATEMENT_MAX_LENGTH * 2}
        data-testid={`stoplicht-statement-${index}-text`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-status${problem ? ` ${id}-error` : ''}`}
        onFocus={() => setEditing(true)}
        onBlur={() => {
          setEditing(false)
          void save()
        }}
        onChange={(event) => {
          setValue(event.target.value)
          setProblem(null)
        }}
        onKeyDown={onKeyDown}
      />
      {problem ? (
        <p id={`${id}-error`} className="field__error statement-row__error" role="alert">
          {t(statementProblemMessage[problem], { max: STATEMENT_MAX_LENGTH })}
        </p>
      ) : null}
      <p id={`${id}-status`} className="statement-row__status muted">
        {status}
      </p>
      <div className="statement-row__actions">
        <button
          type="button"
          className={`button button--small${played ? '' : ' button--primary'}`}
          data-testid={`stoplicht-open-${statement.id}`}
          aria-label={
            played ? t('panel.openAgainLabel', { number }) : t('panel.openLabel', { number })
          }
          disabled={openDisabled}
          onClick={onOpen}
        >
          {played ? t('panel.openAgain') : t('panel.open')}
        </button>
        <span className="statement-row__order">
          <button
            type="button"
            className="button button--small"
            data-testid={`stoplicht-move-up-${statement.id}`}
            aria-label={t('panel.moveUpLabel', { number })}
            title={t('panel.moveUp')}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid={`stoplicht-move-down-${statement.id}`}
            aria-label={t('panel.moveDownLabel', { number })}
            title={t('panel.moveDown')}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            data-testid={`stoplicht-remove-${statement.id}`}
            aria-label={t('panel.removeLabel', { number })}
            title={t('panel.remove')}
            disabled={removeDisabled || count === 1}
            onClick={onRemove}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </span>
      </div>
    </li>
  )
}
