import type { Rect } from '@reflectiebord/shared'
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { createCluster, moveIntoCluster } from './boardActions.ts'
import { useDromenT } from './messages.ts'

export interface ClusterChoice {
  id: TLShapeId
  name: string
}

/** "Nieuwe cluster": asks the name, then makes a named frame in the Clusters zone. */
export function NewClusterForm({
  editor,
  zone,
  onAnnounce,
}: {
  editor: Editor
  zone: Rect | null
  onAnnounce(text: string): void
}) {
  const t = useDromenT()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [missing, setMissing] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)

  const close = () => {
    setOpen(false)
    setName('')
    setMissing(false)
    toggle.current?.focus()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) {
      setMissing(true)
      return
    }
    createCluster(editor, trimmed, zone)
    onAnnounce(t('cluster.created', { name: trimmed }))
    close()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation()
      close()
    }
  }

  return (
    <span className="dromen-cluster-new">
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        data-testid="cluster-new"
        onClick={() => (open ? close() : setOpen(true))}
      >
        <span aria-hidden="true">+ </span>
        {t('cluster.new')}
      </button>
      {open ? (
        <form
          id={`${id}-form`}
          className="dromen-inline-form"
          onSubmit={submit}
          onKeyDown={onKeyDown}
        >
          <label htmlFor={`${id}-name`}>{t('cluster.nameLabel')}</label>
          <input
            id={`${id}-name`}
            // biome-ignore lint/a11y/noAutofocus: the form opens on request, to type the name
            autoFocus
            value={name}
            placeholder={t('cluster.nameHint')}
            maxLength={80}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? `${id}-missing` : undefined}
            data-testid="cluster-name-input"
            onChange={(event) => {
              setName(event.target.value)
              setMissing(false)
            }}
          />
          <button
            type="submit"
            className="button button--small button--primary"
            data-testid="cluster-create"
          >
            {t('cluster.create')}
          </button>
          <button type="button" className="button button--small" onClick={close}>
            {t('cluster.cancel')}
          </button>
          {missing ? (
            <span id={`${id}-missing`} className="dromen-error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {t('cluster.nameMissing')}
            </span>
          ) : null}
        </form>
      ) : null}
    </span>
  )
}

/**
 * Moves the chosen picture (with its why-note) into a cluster without dragging: for the
 * keyboard, and for anyone who finds dragging on a big board fiddly.
 */
export function MoveToCluster({
  editor,
  unitId,
  clusters,
  onAnnounce,
}: {
  editor: Editor
  unitId: TLShapeId
  clusters: readonly ClusterChoice[]
  onAnnounce(text: string): void
}) {
  const t = useDromenT()
  const id = useId()
  const [target, setTarget] = useState<string>('')
  const chosen = clusters.find((cluster) => cluster.id === target) ?? clusters[0]
  const move = () => {
    if (!chosen) return
    moveIntoCluster(editor, unitId, chosen.id)
    onAnnounce(t('cluster.moved', { name: chosen.name }))
  }
  return (
    <span className="dromen-inline-form">
      <label htmlFor={`${id}-target`}>{t('cluster.moveLabel')}</label>
      <select
        id={`${id}-target`}
        value={chosen?.id ?? ''}
        data-testid="cluster-move-target"
        onChange={(event) => setTarget(event.target.value)}
      >
        {clusters.map((cluster) => (
          <option key={cluster.id} value={cluster.id}>
            {cluster.name || t('vision.unnamed')}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-testid="cluster-move"
        onClick={move}
      >
        {t('cluster.move')}
      </button>
    </span>
  )
}
