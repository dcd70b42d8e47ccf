import { allListItems, type Rect } from '@reflectiebord/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import type { Editor } from 'tldraw'
import { useListView } from '../../list/ListViewContext.tsx'
import { createVision } from './boardActions.ts'
import { isClusterItem } from './listItems.ts'
import { useDromenT } from './messages.ts'

/**
 * Writing a vision statement from the list view: the sentence, and the clusters it comes from
 * (checkboxes), added to the shared vision zone in one go.
 */
export function VisionForm({ editor, zone }: { editor: Editor; zone: Rect | null }) {
  const t = useDromenT()
  const { list, announce } = useListView()
  const id = useId()
  const [text, setText] = useState('')
  const [linked, setLinked] = useState<readonly string[]>([])
  const [empty, setEmpty] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)
  const clusters = allListItems(list).filter(isClusterItem)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = text.trim()
    if (!trimmed) {
      setEmpty(true)
      field.current?.focus()
      return
    }
    createVision(editor, zone, { text: trimmed, clusterIds: [...linked], edit: false })
    announce(t('list.visionAdded'))
    setText('')
    setLinked([])
    setEmpty(false)
    field.current?.focus()
  }

  return (
    <form
      className="dromen-list-now__part"
      aria-labelledby={`${id}-heading`}
      onSubmit={submit}
      data-testid="list-vision-form"
    >
      <h4 id={`${id}-heading`} className="dromen-choice__heading">
        {t('list.visionHeading')}
      </h4>
      <label htmlFor={`${id}-text`} className="dromen-choice__label">
        {t('list.visionLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={field}
        className="list-add__field"
        rows={2}
        value={text}
        aria-invalid={empty ? true : undefined}
        aria-describedby={empty ? `${id}-empty` : undefined}
        onChange={(event) => {
          setText(event.target.value)
          setEmpty(false)
        }}
      />
      {empty ? (
        <p id={`${id}-empty`} className="dromen-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('list.visionEmpty')}
        </p>
      ) : null}
      {clusters.length > 0 ? (
        <fieldset className="dromen-vision-links">
          <legend>{t('vision.linkLegend')}</legend>
          {clusters.map((cluster) => (
            <label key={cluster.id} className="dromen-vision-links__option">
              <input
                type="checkbox"
                checked={linked.includes(cluster.id)}
                onChange={(event) =>
                  setLinked((current) =>
                    event.target.checked
                      ? [...current, cluster.id]
                      : current.filter((other) => other !== cluster.id),
                  )
                }
              />
              {cluster.text || t('vision.unnamed')}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button button--primary">
        {t('list.visionAdd')}
      </button>
    </form>
  )
}
