import type { BoardListItem } from '@reflectiebord/shared'
import { useRef, useState } from 'react'
import type { TLShapeId } from 'tldraw'
import { useMe } from '../control/ControlStoreContext.tsx'
import { usePartsInUse } from '../exercises/exerciseParts.ts'
import { clientExercises } from '../exercises/registry.ts'
import type { Language } from '../i18n/languages.ts'
import { useUiStore } from '../state/uiStore.ts'
import { EditNoteForm } from './EditNoteForm.tsx'
import { Heading, shortText } from './Heading.tsx'
import { listItemDomId, useListView } from './ListViewContext.tsx'
import { deleteShape, isMine, setText, showOnCanvas } from './listActions.ts'
import { type ListTranslate, useListT } from './messages.ts'
import { useScrollIntoViewWhen, useSelectedOnCanvas } from './useSelectedOnCanvas.ts'

interface Shown {
  item: BoardListItem
  /** Kept together on the board with the entry before it (the same group). */
  joined: boolean
  /** Kept together on the board with the entry after it. */
  joins: boolean
}

/**
 * A group is only a way of keeping shapes together: the list shows what it holds in its place,
 * each entry marked as joined to its neighbours so they read as one block.
 */
function withoutGroups(items: readonly BoardListItem[]): Shown[] {
  return items.flatMap((item): Shown[] => {
    if (item.kind !== 'group') return [{ item, joined: false, joins: false }]
    const inner = withoutGroups(item.children)
    return inner.map((entry, index) => ({
      item: entry.item,
      joined: entry.joined || index > 0,
      joins: entry.joins || index < inner.length - 1,
    }))
  })
}

/** What kind of thing an entry is, in a word; none for a plain note, the board's default. */
function labelOf(item: BoardListItem, language: Language, t: ListTranslate): string | null {
  for (const exercise of clientExercises) {
    const label = exercise.list?.itemLabel?.(item, language)
    if (label) return label
  }
  return item.kind === 'note' ? null : t(`item.${item.kind}`)
}

function textOf(item: BoardListItem, t: ListTranslate): string {
  if (item.text) return item.text
  return item.kind === 'picture' ? t('item.noAlt') : t('item.noText')
}

/**
 * What lies in one zone (or frame), in reading order. `headingLevel` is the level a frame's
 * name takes; `onLastGone` says where the focus goes when the last deletable note is deleted.
 */
export function ItemList({
  items,
  headingLevel,
  zoneTitle,
  fallbackFocusId,
}: {
  items: readonly BoardListItem[]
  headingLevel: number
  /** The zone's title, for saying where a note was deleted from; null outside every zone. */
  zoneTitle: string | null
  /** The DOM id of the element that takes the focus when the last item goes (the zone heading). */
  fallbackFocusId: string
}) {
  const shown = withoutGroups(items)
  if (shown.length === 0) return null
  return (
    <ul className="list-items">
      {shown.map(({ item, joined, joins }) => (
        <ListItemEntry
          key={item.id}
          item={item}
          joined={joined}
          joins={joins}
          headingLevel={headingLevel}
          zoneTitle={zoneTitle}
          fallbackFocusId={fallbackFocusId}
        />
      ))}
    </ul>
  )
}

function ListItemEntry({
  item,
  joined = false,
  joins = false,
  headingLevel,
  zoneTitle,
  fallbackFocusId,
}: {
  item: BoardListItem
  joined?: boolean
  joins?: boolean
  headingLevel: number
  zoneTitle: string | null
  fallbackFocusId: string
}) {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const me = useMe()
  const { editor, canWrite, canvasShown, announce } = useListView()
  const selected = useSelectedOnCanvas(item)
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const entry = useRef<HTMLLIElement>(null)
  useScrollIntoViewWhen(selected, entry)
  const mine = isMine(item.meta, me.publicId)
  const writable = (item.kind === 'note' || item.kind === 'text') && !item.redacted
  const editable = canWrite && mine && writable && editor !== null
  const label = labelOf(item, language, t)
  const text = textOf(item, t)
  const id = item.id as TLShapeId

  const stopEditing = () => {
    setEditing(false)
    // After the form is gone, the focus goes back to where editing started.
    requestAnimationFrame(() => editButton.current?.focus())
  }
  const remove = () => {
    if (!editor) return
    const li = entry.current
    const neighbour = (li?.nextElementSibling ?? li?.previousElementSibling) as HTMLElement | null
    deleteShape(editor, id)
    announce(zoneTitle === null ? t('item.deletedOutside') : t('item.deleted', { zone: zoneTitle }))
    // The focus stays near: the next item, the one before, or the zone's heading.
    ;(neighbour ?? document.getElementById(fallbackFocusId))?.focus()
  }

  const tools = usePartsInUse().ready.map(({ exercise, parts }) =>
    parts.list?.ItemTools ? <parts.list.ItemTools key={exercise.module.id} item={item} /> : null,
  )

  return (
    <li
      id={listItemDomId(item.id)}
      ref={entry}
      tabIndex={-1}
      className={[
        'list-item',
        `list-item--${item.kind}`,
        selected ? 'list-item--selected' : '',
        mine ? 'list-item--mine' : '',
        joined ? 'list-item--joined' : '',
        joins ? 'list-item--joins' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-current={selected ? 'true' : undefined}
      data-testid="list-item"
      data-shape-id={item.id}
      data-kind={item.kind}
    >
      {item.kind === 'frame' ? (
        <Heading level={headingLevel} className="list-item__frame-name">
          {label ? <span className="list-item__kind">{label}: </span> : null}
          {text}
        </Heading>
      ) : editing ? null : (
        <p className="list-item__body">
          {item.kind === 'picture' && item.src ? (
            <img className="list-item__picture" src={item.src} alt="" width={96} height={72} />
          ) : null}
          {label ? <span className="list-item__kind">{label}: </span> : null}
          <span className="list-item__text" data-testid="list-item-text">
            {text}
          </span>
          {mine ? <span className="list-item__tag">{t('item.mine')}</span> : null}
          {selected ? (
            <span className="list-item__tag list-item__tag--selected">
              <span aria-hidden="true">◆ </span>
              {t('item.selected')}
            </span>
          ) : null}
        </p>
      )}
      {editing ? (
        <EditNoteForm
          text={item.text}
          onCancel={stopEditing}
          onSave={(next) => {
            if (editor) setText(editor, id, next)
            announce(t('item.saved'))
            stopEditing()
          }}
        />
      ) : (
        <div className="list-item__tools">
          {canvasShown && editor ? (
            <button
              type="button"
              className="button button--small"
              aria-pressed={selected}
              data-testid="list-item-select"
              onClick={() => showOnCanvas(editor, id)}
            >
              {t('item.select')}
              <span className="visually-hidden">: {shortText(text)}</span>
            </button>
          ) : null}
          {editable ? (
            <>
              <button
                ref={editButton}
                type="button"
                className="button button--small"
                data-testid="list-item-edit"
                onClick={() => setEditing(true)}
              >
                {t('item.edit')}
                <span className="visually-hidden">: {shortText(text)}</span>
              </button>
              <button
                type="button"
                className="button button--small list-item__delete"
                data-testid="list-item-delete"
                onClick={remove}
              >
                {t('item.delete')}
                <span className="visually-hidden">: {shortText(text)}</span>
              </button>
            </>
          ) : null}
          {tools}
        </div>
      )}
      {item.kind === 'frame' ? (
        item.children.length > 0 ? (
          <ItemList
            items={item.children}
            headingLevel={headingLevel + 1}
            zoneTitle={zoneTitle}
            fallbackFocusId={listItemDomId(item.id)}
          />
        ) : (
          <p className="muted list-item__empty">{t('item.empty')}</p>
        )
      ) : null}
    </li>
  )
}
