import { type BoardRecord, readDreamResult } from '@reflectiebord/shared'
import { type Editor, useValue } from 'tldraw'
import { useDromenT } from './messages.ts'

/**
 * What the group made of its pictures, read from the board the way a session record will:
 * each named cluster with its pictures (description and why-note), then the vision
 * statements with the clusters they came from.
 */
export function DreamResultView({ editor }: { editor: Editor | null }) {
  const t = useDromenT()
  const result = useValue(
    'dromen:result',
    () =>
      editor
        ? readDreamResult([
            ...editor.getCurrentPageShapes(),
            ...editor.getAssets(),
          ] as unknown as BoardRecord[])
        : null,
    [editor],
  )
  if (!result) return <p className="muted">{t('result.noBoard')}</p>
  const names = new Map(result.clusters.map((c) => [c.frameId, c.name || t('result.unnamed')]))
  return (
    <div className="dromen-result" data-testid="dromen-result">
      <h4>{t('result.clusters')}</h4>
      {result.clusters.length === 0 ? <p className="muted">{t('result.noClusters')}</p> : null}
      <ul className="dromen-result__list">
        {result.clusters.map((cluster) => (
          <li key={cluster.frameId} data-testid={`dromen-result-cluster-${cluster.frameId}`}>
            <strong>{cluster.name || t('result.unnamed')}</strong>
            {cluster.pictures.length === 0 ? (
              <p className="muted">{t('result.noPictures')}</p>
            ) : (
              <ul>
                {cluster.pictures.map((picture) => (
                  <li key={picture.shapeId}>
                    {picture.alt ?? t('result.noAlt')}
                    <br />
                    <span className="dromen-result__why">
                      {t('result.why')} {picture.why || t('result.noWhy')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('result.vision')}</h4>
      {result.vision.length === 0 ? <p className="muted">{t('result.noVision')}</p> : null}
      <ul className="dromen-result__list">
        {result.vision.map((statement) => (
          <li key={statement.shapeId} data-testid={`dromen-result-vision-${statement.shapeId}`}>
            “{statement.text || t('result.emptyVision')}”
            <br />
            <span className="dromen-result__why">
              {t('result.linked')}{' '}
              {statement.clusterIds.length === 0
                ? t('result.notLinked')
                : statement.clusterIds.map((id) => names.get(id)).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
