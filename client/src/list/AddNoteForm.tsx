import type { AreaState, Rect } from '@reflectiebord/shared'
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react'
import { pick } from '../control/activeExercise.ts'
import { useMe, useReadControl } from '../control/ControlStoreContext.tsx'
import { clientExercises } from '../exercises/registry.ts'
import { useUiStore } from '../state/uiStore.ts'
import { useListView } from './ListViewContext.tsx'
import { addNote } from './listActions.ts'
import { useListT } from './messages.ts'
import { NoteField } from './NoteField.tsx'

/** Room kept at the top of a part of a zone an exercise gives (a column's name). */
const REGION_HEADER = 48

/** Where my note goes: the part of the zone an exercise asks for, else anywhere in the zone. */
function useRegionFor(zone: AreaState): () => { region: Rect; top?: number } {
  const myPublicId = useMe().publicId
  const readControl = useReadControl()
  return () => {
    const control = readControl()
    for (const exercise of clientExercises) {
      const region = exercise.list?.noteRegion?.(zone, { control, myPublicId })
      if (region) return { region, top: REGION_HEADER }
    }
    return { region: zone }
  }
}

/**
 * Writing a note into a zone from the list. Folded behind one button per zone (a zone's worth
 * of Tab stops, not three); open from the start where the current phase asks for it. After
 * adding, the field is empty again and keeps the focus, for the next note.
 */
export function AddNoteForm({
  zone,
  open: alwaysOpen = false,
}: {
  zone: AreaState
  open?: boolean
}) {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const { editor, canWrite, announce } = useListView()
  const regionFor = useRegionFor(zone)
  const id = useId()
  const [open, setOpen] = useState(alwaysOpen)
  const [text, setText] = useState('')
  const [empty, setEmpty] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const field = useRef<HTMLTextAreaElement>(null)
  const title = pick(zone.title, language)

  if (!canWrite) return null

  const close = () => {
    setOpen(false)
    setText('')
    setEmpty(false)
    toggle.current?.focus()
  }
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    const trimmed = text.trim()
    if (!trimmed) {
      setEmpty(true)
      field.current?.focus()
      return
    }
    if (!editor) return
    const { region, top } = regionFor()
    addNote(editor, region, trimmed, top === undefined ? {} : { top })
    setText('')
    setEmpty(false)
    announce(t('add.done', { zone: title }))
    field.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    }
    if (event.key === 'Escape' && !alwaysOpen) {
      event.stopPropagation()
      close()
    }
  }

  const form = (
    <form
      id={`${id}-form`}
      className="list-add"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      data-testid={`list-add-form-${zone.areaId}`}
    >
      <NoteField
        id={id}
        label={t('add.label', { zone: title })}
        value={text}
        onChange={(value) => {
          setText(value)
          setEmpty(false)
        }}
        empty={empty}
        fieldRef={field}
        autoFocus={!alwaysOpen}
        testId="list-add-text"
      />
      <span className="list-add__actions">
        <button
          type="submit"
          className="button button--small button--primary"
          data-testid="list-add-submit"
        >
          {t('add.submit')}
        </button>
        {alwaysOpen ? null : (
          <button type="button" className="button button--small" onClick={close}>
            {t('add.cancel')}
          </button>
        )}
      </span>
    </form>
  )

  if (alwaysOpen) return form
  return (
    <div className="list-add-toggle">
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        data-testid={`list-add-open-${zone.areaId}`}
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">+ </span>
        {t('add.open')}
        <span className="visually-hidden"> {t('add.openWhere', { zone: title })}</span>
      </button>
      {open ? form : null}
    </div>
  )
}
