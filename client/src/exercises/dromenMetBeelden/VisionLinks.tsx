import { useId } from 'react'
import { type Editor, type TLShapeId, useValue } from 'tldraw'
import { setVisionLink } from './boardActions.ts'
import type { ClusterChoice } from './ClusterTools.tsx'
import { useDromenT } from './messages.ts'

/** Checkboxes that link the chosen vision statement to the clusters it grew from. */
export function VisionLinks({
  editor,
  visionId,
  clusters,
}: {
  editor: Editor
  visionId: TLShapeId
  clusters: readonly ClusterChoice[]
}) {
  const t = useDromenT()
  const id = useId()
  const linked = useValue('dromen:vision-links', () => {
    const ids = editor.getShape(visionId)?.meta.clusterIds
    return Array.isArray(ids)
      ? ids.filter((x): x is string => typeof x === 'string').join('\n')
      : ''
  }, [editor, visionId])
  const linkedIds = new Set(linked ? linked.split('\n') : [])
  return (
    <fieldset className="dromen-vision-links" data-testid="vision-links">
      <legend>{t('vision.linkLegend')}</legend>
      {clusters.length === 0 ? <span className="muted">{t('vision.noClusters')}</span> : null}
      {clusters.map((cluster) => (
        <span key={cluster.id} className="dromen-vision-links__option">
          <input
            id={`${id}-${cluster.id}`}
            type="checkbox"
            checked={linkedIds.has(cluster.id)}
            data-testid={`vision-link-${cluster.id}`}
            onChange={(event) => setVisionLink(editor, visionId, cluster.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${cluster.id}`}>{cluster.name || t('vision.unnamed')}</label>
        </span>
      ))}
    </fieldset>
  )
}
