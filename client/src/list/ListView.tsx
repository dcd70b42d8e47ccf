import { type BoardListInstance, commonRecordWords, exercises } from '@reflectiebord/shared'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Editor, TLStore } from 'tldraw'
import { loadedInstances, pick } from '../control/activeExercise.ts'
import { useControl } from '../control/ControlStoreContext.tsx'
import { usePartsInUse } from '../exercises/exerciseParts.ts'
import { useUiStore } from '../state/uiStore.ts'
import { Heading } from './Heading.tsx'
import { ItemList } from './ListItems.tsx'
import { ListNow } from './ListNow.tsx'
import { ListViewProvider, type ListViewServices, listItemDomId } from './ListViewContext.tsx'
import { ListZoneSection } from './ListZoneSection.tsx'
import { useListT } from './messages.ts'
import { useBoardList } from './useBoardList.ts'
import { useChangeAnnouncements } from './useChangeAnnouncements.ts'
import { useEditorYieldsToList } from './useEditorYieldsToList.ts'
import './list.css'

/** When the list did not change after all, the focus goes to the item anyway after this. */
const FOCUS_FALLBACK_MS = 1_000

interface ListViewProps {
  /** The board's tldraw store; null while the board loads. */
  store: TLStore | null
  editor: Editor | null
  /** The canvas is shown beside the list. */
  canvasShown: boolean
  /** The screen is too narrow for the canvas beside the list (a phone). */
  narrow: boolean
}

/**
 * The list view (Lijstweergave): the whole board, live, for people who do not use the
 * canvas. What is asked now comes first, then every loaded exercise with its zones and what is
 * in them, then what lies outside the zones. Everything the exercises ask can be done from
 * here; writes go through the same tldraw editor as the canvas. Other people's changes are
 * announced politely, in batches.
 */
export function ListView({ store, editor, canvasShown, narrow }: ListViewProps) {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const showsBoard = useUiStore((state) => state.listShowsBoard)
  const setShowsBoard = useUiStore((state) => state.setListShowsBoard)
  const areas = useControl((control) => control.areas)
  const closed = useControl((control) => control.settings.closed)
  const list = useBoardList(store, areas, commonRecordWords[language].redacted)
  const changes = useChangeAnnouncements(store, areas)
  const [status, setStatus] = useState('')
  const root = useRef<HTMLElement>(null)
  const pendingFocus = useRef<string | null>(null)
  const showBoardId = useId()
  useEditorYieldsToList(editor, root, canvasShown)

  // Closing the list gives tldraw its keys back, as it had them before.
  useEffect(
    () => () => {
      if (editor && !editor.isDisposed) editor.focus({ focusContainer: false })
    },
    [editor],
  )

  const announce = useCallback((text: string) => {
    // The same words twice in a row would not be read again: make the second one differ.
    setStatus((previous) => (previous === text ? `${text}\u00a0` : text))
  }, [])
  const focusItem = useCallback((shapeId: string) => {
    // The list shows a change with the next refresh: an item that moves is still in its old
    // place now, and that entry is about to go. The focus waits for the refreshed list.
    pendingFocus.current = shapeId
    setTimeout(() => {
      if (pendingFocus.current !== shapeId) return
      pendingFocus.current = null
      document.getElementById(listItemDomId(shapeId))?.focus()
    }, FOCUS_FALLBACK_MS)
  }, [])
  useEffect(() => {
    const shapeId = pendingFocus.current
    if (!shapeId || !list) return
    const element = document.getElementById(listItemDomId(shapeId))
    if (!element) return
    pendingFocus.current = null
    element.focus()
  }, [list])

  const services: ListViewServices = useMemo(
    () => ({
      editor,
      list,
      canvasShown,
      canWrite: editor !== null && !closed,
      announce,
      focusItem,
    }),
    [editor, list, canvasShown, closed, announce, focusItem],
  )

  const copies = useMemo(() => loadedInstances(areas), [areas])
  const copyNumber = (instance: BoardListInstance) => {
    const sameTemplate = copies.filter((copy) => copy.templateId === instance.templateId)
    if (sameTemplate.length < 2) return null
    return copies.find((copy) => copy.instanceId === instance.instanceId)?.copyNumber ?? null
  }

  return (
    <section
      ref={root}
      className={`list-view${canvasShown ? '' : ' list-view--alone'}`}
      aria-labelledby="list-view-heading"
      data-testid="list-view"
    >
      <div className="list-view__inner">
        <div className="list-view__bar">
          <h2 id="list-view-heading" className="list-view__heading">
            {t('list.heading')}
          </h2>
          {narrow ? null : (
            <span className="list-view__show-board">
              <input
                id={showBoardId}
                type="checkbox"
                checked={showsBoard}
                data-testid="list-show-board"
                onChange={(event) => setShowsBoard(event.target.checked)}
              />
              <label htmlFor={showBoardId}>{t('list.showBoard')}</label>
            </span>
          )}
        </div>
        <p className="list-view__intro muted">{t('list.intro')}</p>
        {closed ? (
          <p className="notice" data-testid="list-closed">
            {t('list.closed')}
          </p>
        ) : null}
        {store ? null : <p className="muted">{t('list.loading')}</p>}
        <ListViewProvider services={services}>
          <ListNow />
          {list.instances.length === 0 ? (
            <p className="muted list-view__empty">{t('list.emptyBoard')}</p>
          ) : null}
          {list.instances.map((instance) => (
            <ListInstanceSection
              key={instance.instanceId}
              instance={instance}
              copyNumber={copyNumber(instance)}
            />
          ))}
          {list.outside.length > 0 ? (
            <section
              className="list-exercise"
              aria-labelledby="list-outside-heading"
              data-testid="list-outside"
            >
              <h3 id="list-outside-heading" className="list-exercise__title" tabIndex={-1}>
                {t('list.outside')}
              </h3>
              <ItemList
                items={list.outside}
                headingLevel={4}
                zoneTitle={null}
                fallbackFocusId="list-outside-heading"
              />
            </section>
          ) : null}
        </ListViewProvider>
        <p className="visually-hidden" role="status" data-testid="list-status">
          {status}
        </p>
        <p className="visually-hidden" aria-live="polite" data-testid="list-changes">
          {changes}
        </p>
      </div>
    </section>
  )
}

/** One loaded exercise: its zones in the template's order, then what it made so far. */
function ListInstanceSection({
  instance,
  copyNumber,
}: {
  instance: BoardListInstance
  copyNumber: number | null
}) {
  const t = useListT()
  const language = useUiStore((state) => state.language)
  const template = exercises.getTemplate(instance.templateId)
  const moduleId = exercises.moduleOfTemplate(instance.templateId)?.id
  const Results = usePartsInUse().ready.find(({ exercise }) => exercise.module.id === moduleId)
    ?.parts.list?.Results
  const headingId = `list-exercise-${instance.instanceId.replace(/[^A-Za-z0-9_-]/g, '_')}`
  const title = template ? pick(template.title, language) : instance.templateId
  return (
    <section
      className="list-exercise"
      aria-labelledby={headingId}
      data-testid="list-exercise"
      data-template-id={instance.templateId}
    >
      <Heading level={3} id={headingId} className="list-exercise__title">
        {copyNumber === null ? title : t('list.copy', { title, number: copyNumber })}
      </Heading>
      {instance.zones.map((zone) => (
        <ListZoneSection key={zone.area.key} zone={zone} level={4} />
      ))}
      {Results ? <Results instanceId={instance.instanceId} /> : null}
    </section>
  )
}
