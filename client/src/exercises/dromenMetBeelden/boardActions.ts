import type { Rect } from '@reflectiebord/shared'
import {
  AssetRecordType,
  Box,
  createShapeId,
  type Editor,
  startEditingShapeWithRichText,
  type TLAssetId,
  type TLShape,
  type TLShapeId,
  toRichText,
} from 'tldraw'
import { isSharedRecord } from '../../board/bindStoreToYDoc.ts'

/**
 * How Dromen met beelden writes the board, following the conventions `readDreamResult`
 * (shared) reads back: a picture is an `image` with `meta.dream`, its why-note a `note` with
 * `meta.whyFor` grouped with it, a cluster a named `frame` with `meta.cluster`, and a vision
 * statement a `note` with `meta.vision` and `meta.clusterIds`.
 */

/** A picture to place: from the library or uploaded. */
export interface PictureSource {
  src: string
  /** Natural size, for the aspect ratio. */
  width: number
  height: number
  alt: string
  name: string
  mimeType: string
}

/** Small enough for a picture and its note to fit in a personal spot (about 220 wide). */
const PICTURE_MAX_W = 160
const PICTURE_MAX_H = 150
const NOTE_SCALE = 0.55
/** tldraw notes are 200 units square before scaling. */
const NOTE_SIZE = 200 * NOTE_SCALE
/** The note sits on the picture's lower right corner, like a sticky note on a photo. */
const NOTE_OVERLAP_Y = 24
const NOTE_OUTSET_X = 16
const GAP = 14
/** Room for a spot's name and instruction above the pictures. */
export const SPOT_HEADER = 96

const CLUSTER_W = 420
const CLUSTER_H = 280
/** Room for a zone's title and instruction. */
const ZONE_HEADER = 120
const VISION_NOTE = 200

export function pictureSize(width: number, height: number): { w: number; h: number } {
  const ratio = width > 0 && height > 0 ? width / height : 4 / 3
  let w = PICTURE_MAX_W
  let h = w / ratio
  if (h > PICTURE_MAX_H) {
    h = PICTURE_MAX_H
    w = h * ratio
  }
  return { w: Math.round(w), h: Math.round(h) }
}

/** The room a picture with its why-note takes. */
export function pairSize(width: number, height: number): { w: number; h: number } {
  const picture = pictureSize(width, height)
  return {
    w: Math.max(picture.w, picture.w - NOTE_SIZE + NOTE_OUTSET_X + NOTE_SIZE),
    h: picture.h - NOTE_OVERLAP_Y + NOTE_SIZE,
  }
}

/** Top-level user shapes' page bounds (zones left out): what a new shape must not cover. */
function obstaclesOnPage(editor: Editor): Box[] {
  const pageId = editor.getCurrentPageId()
  return editor
    .getCurrentPageShapes()
    .filter((shape) => shape.parentId === pageId && isSharedRecord(shape))
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((box): box is Box => box !== undefined)
}

/**
 * The first place, row by row, where a `size` box fits in `region` (below `top`) without
 * touching any obstacle. When the region is full, places continue below it, so a picture is
 * never dropped on top of another.
 */
export function freePosition(
  region: Rect,
  size: { w: number; h: number },
  obstacles: readonly Box[],
  top = 0,
): { x: number; y: number } {
  const stepX = size.w + GAP
  const stepY = size.h + GAP
  const columns = Math.max(1, Math.floor((region.w - GAP) / stepX))
  for (let index = 0; index < 400; index += 1) {
    const x = region.x + GAP + (index % columns) * stepX
    const y = region.y + top + Math.floor(index / columns) * stepY
    const candidate = new Box(x - GAP / 2, y - GAP / 2, size.w + GAP, size.h + GAP)
    if (!obstacles.some((box) => box.collides(candidate))) return { x, y }
  }
  return { x: region.x + GAP, y: region.y + top }
}

/** Ends editing and selection, so nothing new lands inside a focused group. */
function leaveCurrentEdit(editor: Editor): void {
  if (editor.getEditingShapeId()) editor.setEditingShape(null)
  editor.selectNone()
}

function findAssetBySrc(editor: Editor, src: string): TLAssetId | undefined {
  return editor.getAssets().find((asset) => asset.type === 'image' && asset.props.src === src)?.id
}

/**
 * How a placement ends. On the canvas the note is edited at once; from the list view the
 * why is written beforehand and the keyboard focus must stay in the list.
 */
export interface PlaceOptions {
  /** The why-note's words; empty by default. */
  why?: string
  /** Start editing the note on the canvas (and give the canvas the focus). */
  edit?: boolean
}

/**
 * Places a picture with its top-left corner at `at` (page coordinates), with a why-note on
 * its corner, grouped so they travel together, and (unless told not to) starts editing the
 * note.
 */
export function placePicture(
  editor: Editor,
  source: PictureSource,
  at: { x: number; y: number },
  { why = '', edit = true }: PlaceOptions = {},
): { imageId: TLShapeId; noteId: TLShapeId } {
  const size = pictureSize(source.width, source.height)
  const imageId = createShapeId()
  const noteId = createShapeId()
  const groupId = createShapeId()
  leaveCurrentEdit(editor)
  editor.markHistoryStoppingPoint('dromen:place-picture')
  editor.run(() => {
    let assetId = findAssetBySrc(editor, source.src)
    if (!assetId) {
      assetId = AssetRecordType.createId()
      editor.createAssets([
        AssetRecordType.create({
          id: assetId,
          type: 'image',
          props: {
            name: source.name,
            src: source.src,
            w: source.width,
            h: source.height,
            mimeType: source.mimeType,
            isAnimated: false,
          },
        }),
      ])
    }
    editor.createShape({
      // On the page, never inside the group or frame that happens to have the focus.
      parentId: editor.getCurrentPageId(),
      id: imageId,
      type: 'image',
      x: at.x,
      y: at.y,
      props: { assetId, w: size.w, h: size.h, altText: source.alt },
      meta: { dream: true },
    })
    editor.createShape({
      // On the page, never inside the group or frame that happens to have the focus.
      parentId: editor.getCurrentPageId(),
      id: noteId,
      type: 'note',
      x: at.x + size.w - NOTE_SIZE + NOTE_OUTSET_X,
      y: at.y + size.h - NOTE_OVERLAP_Y,
      props: { richText: toRichText(why), scale: NOTE_SCALE, color: 'yellow' },
      meta: { whyFor: imageId },
    })
    editor.groupShapes([imageId, noteId], { groupId, select: false })
  })
  if (!edit) return { imageId, noteId }
  editor.select(noteId)
  startEditingShapeWithRichText(editor, noteId)
  editor.focus()
  return { imageId, noteId }
}

/** Places a picture in a spot (or, without one, in the middle of the view) at a free place. */
export function placePictureInSpot(
  editor: Editor,
  source: PictureSource,
  spot: Rect | null,
  options: PlaceOptions = {},
): { imageId: TLShapeId; noteId: TLShapeId } {
  const size = pairSize(source.width, source.height)
  const viewport = editor.getViewportPageBounds()
  const region: Rect = spot ?? {
    x: viewport.center.x - size.w * 1.5,
    y: viewport.center.y - size.h / 2,
    w: size.w * 3 + GAP * 4,
    h: size.h,
  }
  const at = freePosition(region, size, obstaclesOnPage(editor), spot ? SPOT_HEADER : 0)
  const placed = placePicture(editor, source, at, options)
  const bounds = editor.getShapePageBounds(placed.imageId)
  // Keep what was placed in sight, without jumping when it already is.
  if (bounds && !viewport.contains(bounds)) {
    editor.centerOnPoint(bounds.center, { animation: { duration: 250 } })
  }
  return placed
}

/** Centres a dropped picture (with its note) on the drop point. */
export function placePictureAt(
  editor: Editor,
  source: PictureSource,
  point: { x: number; y: number },
): void {
  const size = pairSize(source.width, source.height)
  placePicture(editor, source, { x: point.x - size.w / 2, y: point.y - size.h / 2 })
}

export function isClusterFrame(shape: TLShape | undefined): boolean {
  return shape?.type === 'frame' && shape.meta.cluster === true
}

export function isDreamPicture(shape: TLShape | undefined): boolean {
  return shape?.type === 'image' && shape.meta.dream === true
}

export function isVisionNote(shape: TLShape | undefined): boolean {
  return shape?.type === 'note' && shape.meta.vision === true
}

/** The cluster frames on the page, in the order they were made (by index). */
export function clusterFrames(editor: Editor): TLShape[] {
  return editor.getCurrentPageShapesSorted().filter(isClusterFrame)
}

/** A named cluster frame at a free place in the Clusters zone (or the view's middle). */
export function createCluster(editor: Editor, name: string, zone: Rect | null): TLShapeId {
  const id = createShapeId()
  const viewport = editor.getViewportPageBounds()
  const region: Rect = zone ?? {
    x: viewport.center.x - CLUSTER_W,
    y: viewport.center.y - CLUSTER_H / 2,
    w: CLUSTER_W * 2 + GAP * 3,
    h: CLUSTER_H,
  }
  // The frame's name is drawn above it: leave room for it between frames.
  const size = { w: CLUSTER_W, h: CLUSTER_H + 36 }
  const at = freePosition(region, size, obstaclesOnPage(editor), zone ? ZONE_HEADER : 0)
  leaveCurrentEdit(editor)
  editor.markHistoryStoppingPoint('dromen:new-cluster')
  editor.createShape({
    parentId: editor.getCurrentPageId(),
    id,
    type: 'frame',
    x: at.x,
    y: at.y + 36,
    props: { w: CLUSTER_W, h: CLUSTER_H, name, color: 'blue' },
    meta: { cluster: true },
  })
  editor.select(id)
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !viewport.contains(bounds)) {
    editor.zoomToBounds(bounds.clone().expandBy(80), {
      targetZoom: 1,
      animation: { duration: 250 },
    })
  }
  return id
}

/** The group (picture + note) a selected picture or note belongs to, or the picture itself. */
export function pictureUnitOf(editor: Editor, shape: TLShape | null): TLShape | null {
  if (!shape) return null
  if (shape.type === 'group') {
    const children = editor.getSortedChildIdsForParent(shape.id).map((id) => editor.getShape(id))
    return children.some(isDreamPicture) ? shape : null
  }
  const inside = isDreamPicture(shape) || (shape.type === 'note' && 'whyFor' in shape.meta)
  if (!inside) return null
  const parent = editor.getShape(shape.parentId as TLShapeId)
  if (parent?.type === 'group') return parent
  return isDreamPicture(shape) ? shape : null
}

/**
 * Moves a picture (with its note) into a cluster frame, at a free place inside it; the frame
 * grows when it is full, so nothing lands on top of another picture.
 */
export function moveIntoCluster(editor: Editor, unitId: TLShapeId, frameId: TLShapeId): void {
  const frame = editor.getShape(frameId)
  const unitBounds = editor.getShapePageBounds(unitId)
  if (frame?.type !== 'frame' || !unitBounds) return
  const frameBounds = editor.getShapePageBounds(frame)
  if (!frameBounds) return
  const obstacles = editor
    .getSortedChildIdsForParent(frameId)
    .filter((id) => id !== unitId)
    .map((id) => editor.getShapePageBounds(id))
    .filter((box): box is Box => box !== undefined)
  const at = freePosition(
    { x: frameBounds.x, y: frameBounds.y, w: frameBounds.w, h: frameBounds.h },
    { w: unitBounds.w, h: unitBounds.h },
    obstacles,
    GAP,
  )
  editor.markHistoryStoppingPoint('dromen:move-to-cluster')
  editor.run(() => {
    const right = at.x + unitBounds.w + GAP - frameBounds.x
    const bottom = at.y + unitBounds.h + GAP - frameBounds.y
    if (right > frame.props.w || bottom > frame.props.h) {
      editor.updateShape({
        id: frameId,
        type: 'frame',
        props: { w: Math.max(frame.props.w, right), h: Math.max(frame.props.h, bottom) },
      })
    }
    editor.reparentShapes([unitId], frameId)
    const unit = editor.getShape(unitId)
    if (!unit) return
    // Reparenting keeps the page position; shift by the page delta (frames do not rotate here).
    const bounds = editor.getShapePageBounds(unitId)
    if (!bounds) return
    editor.updateShape({
      id: unitId,
      type: unit.type,
      x: unit.x + at.x - bounds.x,
      y: unit.y + at.y - bounds.y,
    })
  })
}

/**
 * A new vision statement at a free place in the vision zone: an empty note being edited on
 * the canvas, or (from the list view) one with its words and clusters already given.
 */
export function createVision(
  editor: Editor,
  zone: Rect | null,
  {
    text = '',
    clusterIds = [],
    edit = true,
  }: { text?: string; clusterIds?: string[]; edit?: boolean } = {},
): TLShapeId {
  const id = createShapeId()
  const viewport = editor.getViewportPageBounds()
  const region: Rect = zone ?? {
    x: viewport.center.x - VISION_NOTE * 1.5,
    y: viewport.center.y - VISION_NOTE / 2,
    w: VISION_NOTE * 3 + GAP * 4,
    h: VISION_NOTE,
  }
  const at = freePosition(
    region,
    { w: VISION_NOTE, h: VISION_NOTE },
    obstaclesOnPage(editor),
    zone ? ZONE_HEADER : 0,
  )
  leaveCurrentEdit(editor)
  editor.markHistoryStoppingPoint('dromen:new-vision')
  editor.createShape({
    parentId: editor.getCurrentPageId(),
    id,
    type: 'note',
    x: at.x,
    y: at.y,
    props: { richText: toRichText(text), color: 'light-green' },
    meta: { vision: true, clusterIds },
  })
  const bounds = editor.getShapePageBounds(id)
  if (bounds && !viewport.contains(bounds)) {
    editor.zoomToBounds(bounds.clone().expandBy(160), {
      targetZoom: 1,
      animation: { duration: 250 },
    })
  }
  if (!edit) return id
  editor.select(id)
  startEditingShapeWithRichText(editor, id)
  editor.focus()
  return id
}

/** Links a vision statement to a cluster, or unlinks it. */
export function setVisionLink(
  editor: Editor,
  visionId: TLShapeId,
  frameId: TLShapeId,
  linked: boolean,
): void {
  const note = editor.getShape(visionId)
  if (!note || !isVisionNote(note)) return
  const current = Array.isArray(note.meta.clusterIds)
    ? (note.meta.clusterIds as unknown[]).filter((id): id is string => typeof id === 'string')
    : []
  const next = linked
    ? current.includes(frameId)
      ? current
      : [...current, frameId]
    : current.filter((id) => id !== frameId)
  editor.updateShape({ id: visionId, type: 'note', meta: { ...note.meta, clusterIds: next } })
}
