import type { Ref } from 'react'
import { useListT } from './messages.ts'

interface NoteFieldProps {
  /** Prefix of the ids the label, hint and error hang on. */
  id: string
  label: string
  value: string
  onChange(value: string): void
  /** The person tried to save nothing: said in words, and tied to the field. */
  empty: boolean
  fieldRef: Ref<HTMLTextAreaElement>
  autoFocus?: boolean
  testId: string
}

/** The words of a note in the list view, as written and as edited: one field, one hint. */
export function NoteField({
  id,
  label,
  value,
  onChange,
  empty,
  fieldRef,
  autoFocus = false,
  testId,
}: NoteFieldProps) {
  const t = useListT()
  return (
    <>
      <label htmlFor={`${id}-text`} className="list-add__label">
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        ref={fieldRef}
        className="list-add__field"
        value={value}
        rows={3}
        // biome-ignore lint/a11y/noAutofocus: opened on request, to write the note at once
        autoFocus={autoFocus}
        aria-invalid={empty ? true : undefined}
        aria-describedby={`${id}-hint${empty ? ` ${id}-empty` : ''}`}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-hint`} className="list-add__hint muted">
        {t('add.hint')}
      </span>
      {empty ? (
        <span id={`${id}-empty`} className="list-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('add.empty')}
        </span>
      ) : null}
    </>
  )
}
