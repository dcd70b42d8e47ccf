import { useControl } from '../../control/ControlStoreContext.tsx'
import { useListView } from '../../list/ListViewContext.tsx'
import { NewClusterForm } from './ClusterTools.tsx'
import { useDromenT } from './messages.ts'
import { PictureChoice } from './PictureChoice.tsx'
import { CLUSTER_PHASE, useDream, VISION_PHASE } from './useDream.ts'
import { VisionForm } from './VisionForm.tsx'

/**
 * What Dromen met beelden asks now, in the list view: choose a picture and say why (while
 * choosing and showing), the spot in the spotlight, then make clusters, then write vision
 * statements. Moving a picture into a cluster is done at the picture itself, further down.
 */
export function DromenListNow() {
  const t = useDromenT()
  const people = useControl((control) => control.people)
  const dream = useDream()
  const { editor, canWrite, announce } = useListView()
  if (!dream.active) return null
  const spotlightId = dream.game?.spotlightPublicId ?? null
  const spotlightName = spotlightId
    ? (people.find((person) => person.publicId === spotlightId)?.name ?? null)
    : null
  return (
    <div className="dromen-list-now" data-testid="dromen-list-now">
      {spotlightName ? (
        <p className="dromen-bar__spotlight" data-testid="list-dromen-spotlight">
          <span aria-hidden="true">▶ </span>
          {t('layer.spotlight', { name: spotlightName })}
        </p>
      ) : null}
      {dream.phaseIndex < CLUSTER_PHASE ? (
        dream.mySpot ? (
          <PictureChoice spot={dream.mySpot} />
        ) : (
          <p className="muted">{t('layer.noSpotYet')}</p>
        )
      ) : null}
      {dream.phaseIndex >= CLUSTER_PHASE && canWrite && editor ? (
        <section className="dromen-list-now__part" aria-labelledby="dromen-list-cluster-heading">
          <h4 id="dromen-list-cluster-heading" className="dromen-choice__heading">
            {t('list.clusterHeading')}
          </h4>
          <p>{t('list.clusterIntro')}</p>
          <NewClusterForm editor={editor} zone={dream.clustersZone} onAnnounce={announce} />
        </section>
      ) : null}
      {dream.phaseIndex >= VISION_PHASE && canWrite && editor ? (
        <VisionForm editor={editor} zone={dream.visionZone} />
      ) : null}
    </div>
  )
}
