/**
 * What the group made of its pictures, read from the board's tldraw records: the named
 * clusters (frames) with the pictures in them and each picture's why-note, and the vision
 * statements with the clusters they came from. Pure, so the page and a later session-record
 * export read the result the same way.
 */
import { type BoardRecord, plainText } from '../../board/boardRecord.ts'

export interface ClusterPicture {
  shapeId: string
  /** The picture's source: a library picture (`/pictures/…`) or an uploaded one. */
  src: string | null
  alt: string | null
  why: string | null
}

export interface Cluster {
  frameId: string
  name: string
  pictures: ClusterPicture[]
}

export interface VisionStatement {
  shapeId: string
  text: string
  clusterIds: string[]
}

export interface DreamResult {
  clusters: Cluster[]
  vision: VisionStatement[]
}

/**
 * A picture is an image shape with `meta.dream` set; its why-note is the note with
 * `meta.whyFor` = the picture's id. A cluster is a frame with `meta.cluster`; a picture
 * belongs to the cluster whose frame is its parent, directly or through a group (picture and
 * note are grouped so that they travel together). A vision statement is a note with
 * `meta.vision`, linking clusters by frame id in `meta.clusterIds`.
 */
export function readDreamResult(records: readonly BoardRecord[]): DreamResult {
  const byId = new Map(records.map((record) => [record.id, record]))
  const shapes = records.filter((record) => record.typeName === 'shape')
  const assets = new Map(records.filter((r) => r.typeName === 'asset').map((r) => [r.id, r]))
  const whyFor = new Map<string, string>()
  for (const shape of shapes) {
    const target = shape.meta?.whyFor
    if (shape.type === 'note' && typeof target === 'string')
      whyFor.set(target, plainText(shape.props?.richText))
  }
  const frames = shapes.filter((shape) => shape.type === 'frame' && shape.meta?.cluster === true)
  const frameOf = (shape: BoardRecord): string | undefined => {
    let parent = shape.parentId ? byId.get(shape.parentId) : undefined
    while (parent && parent.typeName === 'shape') {
      if (parent.type === 'frame' && parent.meta?.cluster === true) return parent.id
      parent = parent.parentId ? byId.get(parent.parentId) : undefined
    }
    return undefined
  }
  const clusters: Cluster[] = frames.map((frame) => ({
    frameId: frame.id,
    name: typeof frame.props?.name === 'string' ? frame.props.name.trim() : '',
    pictures: [],
  }))
  const clusterById = new Map(clusters.map((cluster) => [cluster.frameId, cluster]))
  for (const shape of shapes) {
    if (shape.type !== 'image' || !shape.meta?.dream) continue
    const cluster = clusterById.get(frameOf(shape) ?? '')
    if (!cluster) continue
    const asset =
      typeof shape.props?.assetId === 'string' ? assets.get(shape.props.assetId) : undefined
    cluster.pictures.push({
      shapeId: shape.id,
      src: typeof asset?.props?.src === 'string' ? asset.props.src : null,
      alt:
        typeof shape.props?.altText === 'string' && shape.props.altText
          ? shape.props.altText
          : null,
      why: whyFor.get(shape.id) ?? null,
    })
  }
  const vision = shapes
    .filter((shape) => shape.type === 'note' && shape.meta?.vision === true)
    .map((shape) => ({
      shapeId: shape.id,
      text: plainText(shape.props?.richText),
      clusterIds: Array.isArray(shape.meta?.clusterIds)
        ? (shape.meta.clusterIds as unknown[]).filter(
            (id): id is string => typeof id === 'string' && clusterById.has(id),
          )
        : [],
    }))
  return { clusters, vision }
}
