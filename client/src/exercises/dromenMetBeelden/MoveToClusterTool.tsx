import { allListItems, type BoardListItem } from '@reflectiebord/shared'
import { useId, useState } from 'react'
import type { TLShapeId } from 'tldraw'
import { shortText } from '../../list/Heading.tsx'
import { useListView } from '../../list/ListViewContext.tsx'
import { moveIntoCluster, pictureUnitOf } from './boardActions.ts'
import { isClusterItem, isDreamPictureItem } from './listItems.ts'
import { useDromenT } from './messages.ts'
import { CLUSTER_PHASE, useDream } from './useDream.ts'

/**
 * At a picture in the list view, from the clustering phase on: which cluster it goes to, and a
 * button that moves it there (with its why-note). The focus follows the picture to its new
 * place in the list, so the next step starts where the picture is.
 */
export function MoveToClusterTool({ item }: { item: BoardListItem }) {
  const t = useDromenT()
  const dream = useDream()
  const { editor, list, canWrite, announce, focusItem } = useListView()
  const id = useId()
  const [target, setTarget] = useState('')
  if (!dream.active || dream.phaseIndex < CLUSTER_PHASE || !isDreamPictureItem(item)) return null
  if (!editor || !canWrite) return null
  const clusters = allListItems(list).filter(
    (cluster) => isClusterItem(cluster) && !item.ancestors.includes(cluster.id),
  )
  if (clusters.length === 0) return null
  const chosen = clusters.find((cluster) => cluster.id === target) ?? clusters[0]
  const move = () => {
    if (!chosen) return
    const unit = pictureUnitOf(editor, editor.getShape(item.id as TLShapeId) ?? null)
    if (!unit) return
    moveIntoCluster(editor, unit.id, chosen.id as TLShapeId)
    announce(t('cluster.moved', { name: chosen.text || t('vision.unnamed') }))
    focusItem(item.id)
  }
  return (
    <span className="dromen-inline-form dromen-list-move">
      <label htmlFor={`${id}-target`}>{t('list.moveLabel')}</label>
      <select
        id={`${id}-target`}
        value={chosen?.id ?? ''}
        data-testid="list-cluster-target"
        onChange={(event) => setTarget(event.target.value)}
      >
        {clusters.map((cluster) => (
          <option key={cluster.id} value={cluster.id}>
            {cluster.text || t('vision.unnamed')}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-testid="list-cluster-move"
        onClick={move}
      >
        {t('list.move')}
        <span className="visually-hidden">: {shortText(item.text)}</span>
      </button>
    </span>
  )
}
