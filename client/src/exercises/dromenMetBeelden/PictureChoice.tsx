import type { AreaState } from '@reflectiebord/shared'
import { type FormEvent, useId, useMemo, useRef, useState } from 'react'
import {
  useControl,
  useMe,
  useParticipantId,
  useSessionId,
} from '../../control/ControlStoreContext.tsx'
import { useListView } from '../../list/ListViewContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { placePictureInSpot } from './boardActions.ts'
import { librarySource } from './librarySource.ts'
import { useDromenT } from './messages.ts'
import { OwnPhotoButton } from './OwnPhotoButton.tsx'
import { searchPictures } from './pictures/library.ts'

/**
 * Choosing a library picture in the list view: search by what is on it, choose one of the
 * pictures (a radio group: each is named by its title and description, the alt text it gets
 * on the board), say why, and put it in my spot. Nothing to drag, nothing to see: a screen
 * reader reads each choice, the keyboard moves through them with the arrow keys.
 */
export function PictureChoice({ spot }: { spot: AreaState }) {
  const t = useDromenT()
  const language = useUiStore((state) => state.language)
  const { editor, canWrite, announce } = useListView()
  const sessionId = useSessionId()
  const participantId = useParticipantId()
  const myPublicId = useMe().publicId
  const myName = useControl(
    (control) => control.people.find((person) => person.publicId === myPublicId)?.name ?? '',
  )
  const id = useId()
  const [query, setQuery] = useState('')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [why, setWhy] = useState('')
  const [missing, setMissing] = useState(false)
  const search = useRef<HTMLInputElement>(null)
  const results = useMemo(() => searchPictures(query, language), [query, language])
  const chosen = results.find((picture) => picture.id === chosenId) ?? null

  if (!canWrite) return null

  const placed = (title: string, text: string) => {
    announce(text ? t('list.placed', { title }) : t('list.placedNoWhy', { title }))
    setChosenId(null)
    setWhy('')
    setMissing(false)
    // Ready for the next picture, if there is one to add.
    search.current?.focus()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!chosen) {
      setMissing(true)
      return
    }
    if (!editor) return
    const text = why.trim()
    placePictureInSpot(editor, librarySource(chosen, language), spot, { why: text, edit: false })
    placed(chosen.title[language], text)
  }

  return (
    <form
      className="dromen-choice"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      data-testid="list-picture-choice"
    >
      <h4 id={`${id}-heading`} className="dromen-choice__heading">
        {t('list.chooseHeading')}
      </h4>
      <p className="dromen-choice__intro">{t('list.chooseIntro')}</p>
      <div className="dromen-choice__search">
        <label htmlFor={`${id}-search`} className="dromen-choice__label">
          {t('library.search')}
        </label>
        <input
          id={`${id}-search`}
          ref={search}
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${id}-search-hint`}
          data-testid="list-picture-search"
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={`${id}-search-hint`} className="muted dromen-choice__hint">
          {t('library.searchHint')}
        </span>
      </div>
      <p className="dromen-choice__count" aria-live="polite" data-testid="list-picture-count">
        {results.length === 0
          ? t('library.none', { query })
          : t('library.count', { count: results.length })}
      </p>
      {results.length > 0 ? (
        <fieldset className="dromen-choice__pictures">
          <legend className="visually-hidden">{t('list.pictures')}</legend>
          <ul className="dromen-choice__grid">
            {results.map((picture) => (
              <li key={picture.id} className="dromen-choice__item">
                <input
                  id={`${id}-${picture.id}`}
                  type="radio"
                  name={`${id}-picture`}
                  className="dromen-choice__radio"
                  value={picture.id}
                  checked={picture.id === chosenId}
                  aria-describedby={`${id}-${picture.id}-alt`}
                  data-testid={`list-picture-${picture.id}`}
                  onChange={() => {
                    setChosenId(picture.id)
                    setMissing(false)
                  }}
                />
                <label htmlFor={`${id}-${picture.id}`} className="dromen-choice__card">
                  <img src={picture.src} alt="" width={400} height={300} loading="lazy" />
                  <span className="dromen-choice__title">
                    {picture.id === chosenId ? <span aria-hidden="true">✓ </span> : null}
                    {picture.title[language]}
                  </span>
                  <span id={`${id}-${picture.id}-alt`} className="dromen-choice__alt">
                    {picture.alt[language]}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <p className="dromen-choice__chosen" aria-live="polite">
        {chosen ? t('library.selected', { title: chosen.title[language] }) : null}
      </p>
      <label htmlFor={`${id}-why`} className="dromen-choice__label">
        {t('list.why')}
      </label>
      <textarea
        id={`${id}-why`}
        className="list-add__field"
        rows={2}
        value={why}
        aria-describedby={`${id}-why-hint`}
        data-testid="list-picture-why"
        onChange={(event) => setWhy(event.target.value)}
      />
      <span id={`${id}-why-hint`} className="muted dromen-choice__hint">
        {t('list.whyHint')}
      </span>
      {missing ? (
        <p className="dromen-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('library.placeNothing')}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" data-testid="list-picture-place">
        {t('library.place')}
      </button>
      <p className="dromen-choice__own">
        {t('list.ownPhoto')}{' '}
        <OwnPhotoButton
          sessionId={sessionId}
          participantId={participantId}
          onUploaded={(picture, file) => {
            if (!editor) return
            const text = why.trim()
            placePictureInSpot(
              editor,
              {
                src: picture.src,
                width: picture.width,
                height: picture.height,
                alt: t('layer.ownPhotoAlt', { name: myName }),
                name: file.name,
                mimeType: 'image/webp',
              },
              spot,
              { why: text, edit: false },
            )
            placed(file.name, text)
          }}
        />
      </p>
    </form>
  )
}
