import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useListT } from './messages.ts'
import { NoteField } from './NoteField.tsx'

/**
 * Editing my own note in the list: its words in a field, saved with the button (or
 * Ctrl+Enter), cancelled with Escape. The field takes the focus with the cursor at the end.
 */
export function EditNoteForm({
  text,
  onSave,
  onCancel,
}: {
  text: string
  onSave(text: string): void
  onCancel(): void
}) {
  const t = useListT()
  const id = useId()
  const [value, setValue] = useState(text)
  const [empty, setEmpty] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    const element = field.current
    if (!element) return
    element.focus()
    element.setSelectionRange(element.value.length, element.value.length)
  }, [])

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const trimmed = value.trim()
    if (!trimmed) {
      setEmpty(true)
      field.current?.focus()
      return
    }
    onSave(trimmed)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    }
    if (event.key === 'Escape') {
      event.stopPropagation()
      onCancel()
    }
  }

  return (
    <form
      className="list-edit"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      data-testid="list-edit-form"
    >
      <NoteField
        id={id}
        label={t('item.editField')}
        value={value}
        onChange={(next) => {
          setValue(next)
          setEmpty(false)
        }}
        empty={empty}
        fieldRef={field}
        testId="list-edit-text"
      />
      <span className="list-add__actions">
        <button
          type="submit"
          className="button button--small button--primary"
          data-testid="list-edit-save"
        >
          {t('item.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('item.cancel')}
        </button>
      </span>
    </form>
  )
}
