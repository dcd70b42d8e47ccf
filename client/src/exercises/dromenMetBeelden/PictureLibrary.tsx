import {
  type DragEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useUiStore } from '../../state/uiStore.ts'
import { useDromenT } from './messages.ts'
import { type LibraryPicture, searchPictures } from './pictures/library.ts'

/** What a library picture carries when it is dragged onto the board. */
export const PICTURE_DRAG_TYPE = 'application/x-reflectiebord-picture'

export const PICTURE_LIBRARY_ID = 'picture-library'

interface PictureLibraryProps {
  onPlace(picture: LibraryPicture): void
  onClose(): void
}

/**
 * The picture library in a drawer beside the board: search, a grid of pictures with their
 * descriptions, and two ways to place one: drag it onto the board, or choose it and press
 * "Op mijn plek zetten" (keyboard and touch).
 */
export function PictureLibrary({ onPlace, onClose }: PictureLibraryProps) {
  const t = useDromenT()
  const language = useUiStore((state) => state.language)
  const [query, setQuery] = useState('')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [hint, setHint] = useState<string | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const searchHintId = useId()
  const results = useMemo(() => searchPictures(query, language), [query, language])
  const chosen = results.find((picture) => picture.id === chosenId) ?? null

  // Opening the drawer puts the cursor in the search field.
  useEffect(() => searchRef.current?.focus(), [])

  const place = () => {
    if (!chosen) {
      setHint(t('library.placeNothing'))
      return
    }
    setHint(null)
    onPlace(chosen)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }

  return (
    <aside
      id={PICTURE_LIBRARY_ID}
      className="dromen-library"
      data-testid="picture-library"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <div className="dromen-library__header">
        <h2 id={headingId} className="dromen-library__heading">
          {t('library.heading')}
        </h2>
        <button
          type="button"
          className="button button--small"
          aria-label={t('library.closeLabel')}
          data-testid="picture-library-close"
          onClick={onClose}
        >
          <span aria-hidden="true">✕ </span>
          {t('library.close')}
        </button>
      </div>
      <div className="dromen-library__search">
        <label htmlFor={`${headingId}-search`}>{t('library.search')}</label>
        <input
          id={`${headingId}-search`}
          ref={searchRef}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-describedby={searchHintId}
          data-testid="picture-search"
          autoComplete="off"
        />
        <span id={searchHintId} className="muted dromen-library__hint">
          {t('library.searchHint')}
        </span>
      </div>
      <p className="muted dromen-library__help">{t('library.help')}</p>
      <p className="dromen-library__count" aria-live="polite" data-testid="picture-count">
        {results.length === 0
          ? t('library.none', { query })
          : t('library.count', { count: results.length })}
      </p>
      <ul className="dromen-library__grid">
        {results.map((picture) => (
          <PictureCard
            key={picture.id}
            picture={picture}
            chosen={picture.id === chosenId}
            language={language}
            onChoose={() => {
              setChosenId(picture.id === chosenId ? null : picture.id)
              setHint(null)
            }}
            onPlaceNow={() => onPlace(picture)}
          />
        ))}
      </ul>
      <div className="dromen-library__footer">
        <p className="dromen-library__chosen" aria-live="polite">
          {chosen ? t('library.selected', { title: chosen.title[language] }) : hint}
        </p>
        <button
          type="button"
          className="button button--primary"
          data-testid="picture-place"
          aria-disabled={chosen ? undefined : true}
          onClick={place}
        >
          {t('library.place')}
        </button>
      </div>
    </aside>
  )
}

function PictureCard({
  picture,
  chosen,
  language,
  onChoose,
  onPlaceNow,
}: {
  picture: LibraryPicture
  chosen: boolean
  language: 'nl' | 'en'
  onChoose(): void
  onPlaceNow(): void
}) {
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(PICTURE_DRAG_TYPE, picture.id)
    event.dataTransfer.effectAllowed = 'copy'
  }
  return (
    <li className="dromen-library__item">
      <button
        type="button"
        className={`dromen-picture${chosen ? ' dromen-picture--chosen' : ''}`}
        aria-pressed={chosen}
        data-testid={`picture-${picture.id}`}
        draggable
        onDragStart={onDragStart}
        onClick={onChoose}
        onDoubleClick={onPlaceNow}
      >
        <img src={picture.src} alt="" width={400} height={300} draggable={false} loading="lazy" />
        <span className="dromen-picture__title">
          {chosen ? (
            <span className="dromen-picture__check" aria-hidden="true">
              ✓{' '}
            </span>
          ) : null}
          {picture.title[language]}
        </span>
        <span className="dromen-picture__alt">{picture.alt[language]}</span>
      </button>
    </li>
  )
}
