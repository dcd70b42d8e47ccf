import {
  checkStatementText,
  MAX_NOTES_PER_STATEMENT,
  NOTE_MAX_LENGTH,
  type StoplichtGameState,
  statementText,
} from '@reflectiebord/shared'
import { type FormEvent, useEffect, useState } from 'react'
import { CommandError } from '../../control/CommandError.tsx'
import { useCommand } from '../../control/useCommand.ts'
import { useUiStore } from '../../state/uiStore.ts'
import type { StoplichtMessageKey } from './messages.ts'
import { useStoplichtT } from './messages.ts'

/**
 * "Wat nemen we mee?": the facilitator writes down what the group takes forward, per
 * statement. Follows the statement being played, and can be pointed at any other. Every
 * change sends the statement's whole list of notes.
 */
export function NotesEditor({ game }: { game: StoplichtGameState }) {
  const t = useStoplichtT()
  const language = useUiStore((state) => state.language)
  const command = useCommand()
  const currentId = game.current?.statementId ?? null
  const [picked, setPicked] = useState<string | null>(null)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<StoplichtMessageKey | null>(null)

  // A new round moves the notes to its statement.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the played statement changes
  useEffect(() => setPicked(null), [currentId])

  const statementId =
    picked && game.statements.some((s) => s.id === picked)
      ? picked
      : (currentId ?? game.statements[0]?.id ?? null)
  if (!statementId) return null
  const notes = game.notes[statementId] ?? []

  const save = (next: string[]) =>
    command.run({ type: 'stoplicht.notes', statementId, notes: next })

  const onAdd = async (event: FormEvent) => {
    event.preventDefault()
    const check = checkStatementText(value)
    if (!check.ok) {
      setProblem(check.problem === 'too-long' ? 'panel.noteError.tooLong' : 'panel.noteError.empty')
      return
    }
    if ([...check.value].length > NOTE_MAX_LENGTH) {
      setProblem('panel.noteError.tooLong')
      return
    }
    if (notes.length >= MAX_NOTES_PER_STATEMENT) {
      setProblem('panel.notesTooMany')
      return
    }
    setProblem(null)
    if (await save([...notes, check.value])) setValue('')
  }

  return (
    <div className="notes-editor">
      <h4 className="statement-list__heading">{t('panel.notesHeading')}</h4>
      <label htmlFor="stoplicht-notes-statement" className="notes-editor__label">
        {t('panel.notesFor')}
      </label>
      <select
        id="stoplicht-notes-statement"
        className="notes-editor__select"
        value={statementId}
        data-testid="stoplicht-notes-statement"
        onChange={(event) => setPicked(event.target.value)}
      >
        {game.statements.map((s, i) => (
          <option key={s.id} value={s.id}>
            {i + 1}. {statementText(s.text, language)}
          </option>
        ))}
      </select>
      {notes.length === 0 ? (
        <p className="muted panel-section__hint">{t('panel.notesEmpty')}</p>
      ) : (
        <ul className="notes-editor__list" data-testid="stoplicht-notes-list">
          {notes.map((note, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: notes are plain strings that may repeat
            <li key={i} className="notes-editor__item">
              <span className="notes-editor__text">{note}</span>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('panel.notesRemoveLabel', { note })}
                data-testid={`stoplicht-notes-remove-${i}`}
                onClick={() => void save(notes.filter((_, j) => j !== i))}
              >
                {t('panel.notesRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="notes-editor__form" onSubmit={(event) => void onAdd(event)} noValidate>
        <label htmlFor="stoplicht-notes-input" className="visually-hidden">
          {t('panel.notesInput')}
        </label>
        <input
          id="stoplicht-notes-input"
          type="text"
          value={value}
          placeholder={t('panel.notesInput')}
          data-testid="stoplicht-notes-input"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'stoplicht-notes-error' : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            setProblem(null)
          }}
        />
        <button type="submit" className="button button--small" data-testid="stoplicht-notes-add">
          <span aria-hidden="true">+ </span>
          {t('panel.notesAdd')}
        </button>
      </form>
      {problem ? (
        <p id="stoplicht-notes-error" className="field__error" role="alert">
          {t(problem, {
            max: problem === 'panel.notesTooMany' ? MAX_NOTES_PER_STATEMENT : NOTE_MAX_LENGTH,
          })}
        </p>
      ) : null}
      <CommandError error={command.error} />
    </div>
  )
}
