import { useCallback, useEffect, useRef, useState } from 'react'
import { type Editor, type TLShapeId, useValue } from 'tldraw'
import {
  useControl,
  useMe,
  useParticipantId,
  useSessionId,
} from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import {
  clusterFrames,
  createVision,
  isVisionNote,
  type PictureSource,
  pictureUnitOf,
  placePictureAt,
  placePictureInSpot,
} from './boardActions.ts'
import { type ClusterChoice, MoveToCluster, NewClusterForm } from './ClusterTools.tsx'
import { showSpot } from './camera.ts'
import { librarySource } from './librarySource.ts'
import { MySpotMarker } from './MySpotMarker.tsx'
import { useDromenT } from './messages.ts'
import { OwnPhotoButton } from './OwnPhotoButton.tsx'
import { PICTURE_DRAG_TYPE, PICTURE_LIBRARY_ID, PictureLibrary } from './PictureLibrary.tsx'
import { pictureLibrary } from './pictures/library.ts'
import { CLUSTER_PHASE, useDream, VISION_PHASE } from './useDream.ts'
import { VisionLinks } from './VisionLinks.tsx'

const noClusters: readonly ClusterChoice[] = []

/**
 * Dromen met beelden for everyone, in a strip above the board (in the flow, never over
 * tldraw's toolbar): the picture library, own photos, the way to one's own spot, and per
 * phase the cluster and vision tools. Also marks my spot on the canvas and moves the view to
 * a spot the facilitator puts in the spotlight.
 */
export function DromenBoardLayer({ editor }: { editor: Editor | null }) {
  const t = useDromenT()
  const language = useUiStore((state) => state.language)
  const me = useMe()
  const sessionId = useSessionId()
  const participantId = useParticipantId()
  const people = useControl((control) => control.people)
  const leaderPublicId = useControl((control) => control.follow.leaderPublicId)
  const dream = useDream()
  const [libraryOpen, setLibraryOpen] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const libraryToggle = useRef<HTMLButtonElement>(null)
  const { mySpot, game, spots } = dream
  const myName = people.find((person) => person.publicId === me.publicId)?.name ?? ''

  const placeInMySpot = useCallback(
    (source: PictureSource, title: string) => {
      if (!editor) return
      placePictureInSpot(editor, source, mySpot)
      setAnnouncement(t('layer.placedAnnouncement', { title }))
    },
    [editor, mySpot, t],
  )

  // A library picture dragged from the drawer onto the canvas: ours to handle, not tldraw's
  // (which would make a link or a copy of the file).
  const languageRef = useRef(language)
  languageRef.current = language
  useEffect(() => {
    if (!editor) return
    const container = editor.getContainer()
    const isOurs = (event: DragEvent) => event.dataTransfer?.types.includes(PICTURE_DRAG_TYPE)
    const onDragOver = (event: DragEvent) => {
      if (!isOurs(event)) return
      event.preventDefault()
      event.stopPropagation()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (event: DragEvent) => {
      if (!isOurs(event)) return
      event.preventDefault()
      event.stopPropagation()
      const id = event.dataTransfer?.getData(PICTURE_DRAG_TYPE)
      const picture = pictureLibrary.find((p) => p.id === id)
      if (!picture) return
      const point = editor.screenToPage({ x: event.clientX, y: event.clientY })
      placePictureAt(editor, librarySource(picture, languageRef.current), point)
      setAnnouncement(t('layer.placedAnnouncement', { title: picture.title[languageRef.current] }))
    }
    container.addEventListener('dragover', onDragOver, true)
    container.addEventListener('drop', onDrop, true)
    return () => {
      container.removeEventListener('dragover', onDragOver, true)
      container.removeEventListener('drop', onDrop, true)
    }
  }, [editor, t])

  // Show and tell: the view goes to the spot in the spotlight once per change; after that
  // everyone may look around. Someone following the facilitator keeps following.
  const spotlightId = game?.spotlightPublicId ?? null
  const spotlightSpot = spots.find((spot) => spot.ownerPublicId === spotlightId) ?? null
  const handledSpotlight = useRef<string | null>(null)
  const following = leaderPublicId !== null && leaderPublicId !== me.publicId
  useEffect(() => {
    if (spotlightId === null) {
      handledSpotlight.current = null
      return
    }
    if (!editor || !spotlightSpot || handledSpotlight.current === spotlightId || following) return
    handledSpotlight.current = spotlightId
    showSpot(editor, spotlightSpot)
  }, [editor, spotlightId, spotlightSpot, following])
  const spotlightName =
    people.find((person) => person.publicId === spotlightId)?.name ?? spotlightSpot?.title.nl ?? ''

  const selection = useValue('dromen:selection', () => {
    const shape = editor?.getOnlySelectedShape() ?? null
    if (!editor || !shape) return { unitId: null, visionId: null }
    const unit = pictureUnitOf(editor, shape)
    return {
      unitId: unit?.id ?? null,
      visionId: isVisionNote(shape) ? shape.id : null,
    }
  }, [editor])
  const clustersKey = useValue(
    'dromen:clusters',
    () =>
      editor
        ? JSON.stringify(
            clusterFrames(editor).map((frame) => ({
              id: frame.id,
              name: frame.type === 'frame' ? frame.props.name : '',
            })),
          )
        : '[]',
    [editor],
  )
  const clusters: readonly ClusterChoice[] =
    clustersKey === '[]' ? noClusters : (JSON.parse(clustersKey) as ClusterChoice[])

  if (!dream.active) return null
  const showClusterTools = dream.phaseIndex >= CLUSTER_PHASE
  const showVisionTools = dream.phaseIndex >= VISION_PHASE

  const closeLibrary = () => {
    setLibraryOpen(false)
    libraryToggle.current?.focus()
  }

  return (
    <section className="dromen-bar" data-testid="dromen-layer" aria-labelledby="dromen-bar-heading">
      <div className="dromen-bar__row">
        <h2 className="dromen-bar__title" id="dromen-bar-heading">
          {t('layer.region')}
        </h2>
        <button
          ref={libraryToggle}
          type="button"
          className={`button button--small${libraryOpen ? ' button--pressed' : ''}`}
          aria-expanded={libraryOpen}
          aria-controls={PICTURE_LIBRARY_ID}
          data-testid="picture-library-toggle"
          onClick={() => (libraryOpen ? closeLibrary() : setLibraryOpen(true))}
        >
          {t('layer.library')}
        </button>
        {editor ? (
          <OwnPhotoButton
            sessionId={sessionId}
            participantId={participantId}
            onUploaded={(picture, file) =>
              placeInMySpot(
                {
                  src: picture.src,
                  width: picture.width,
                  height: picture.height,
                  alt: t('layer.ownPhotoAlt', { name: myName }),
                  name: file.name,
                  mimeType: 'image/webp',
                },
                file.name,
              )
            }
          />
        ) : null}
        {mySpot ? (
          <button
            type="button"
            className="button button--small"
            data-testid="go-to-my-spot"
            onClick={() => {
              if (!editor) return
              editor.stopFollowingUser()
              showSpot(editor, mySpot)
            }}
          >
            <span aria-hidden="true">★ </span>
            {t('layer.goToMySpot')}
          </button>
        ) : (
          <span className="muted dromen-bar__note">{t('layer.noSpotYet')}</span>
        )}
        {editor && showClusterTools ? (
          <NewClusterForm editor={editor} zone={dream.clustersZone} onAnnounce={setAnnouncement} />
        ) : null}
        {editor && showVisionTools ? (
          <button
            type="button"
            className="button button--small"
            data-testid="vision-new"
            onClick={() => {
              createVision(editor, dream.visionZone)
              setAnnouncement(t('vision.created'))
            }}
          >
            <span aria-hidden="true">+ </span>
            {t('vision.new')}
          </button>
        ) : null}
      </div>
      {spotlightId && spotlightSpot ? (
        <p className="dromen-bar__spotlight" data-testid="dromen-spotlight-notice">
          <span aria-hidden="true">▶ </span>
          {t('layer.spotlight', { name: spotlightName })}{' '}
          <button
            type="button"
            className="button button--link"
            onClick={() => editor && showSpot(editor, spotlightSpot)}
          >
            {t('layer.spotlightAgain')}
          </button>
        </p>
      ) : null}
      {editor && selection.unitId && showClusterTools && clusters.length > 0 ? (
        <div className="dromen-bar__row">
          <MoveToCluster
            editor={editor}
            unitId={selection.unitId as TLShapeId}
            clusters={clusters}
            onAnnounce={setAnnouncement}
          />
        </div>
      ) : null}
      {editor && selection.visionId ? (
        <div className="dromen-bar__row">
          <VisionLinks
            editor={editor}
            visionId={selection.visionId as TLShapeId}
            clusters={clusters}
          />
        </div>
      ) : null}
      <p className="visually-hidden" aria-live="polite" data-testid="dromen-announcement">
        {announcement}
      </p>
      {libraryOpen ? (
        <PictureLibrary
          onClose={closeLibrary}
          onPlace={(picture) =>
            placeInMySpot(librarySource(picture, language), picture.title[language])
          }
        />
      ) : null}
      {editor && mySpot ? <MySpotMarker editor={editor} spot={mySpot} /> : null}
    </section>
  )
}
