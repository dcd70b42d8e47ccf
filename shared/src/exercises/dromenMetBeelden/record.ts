import type { BoardRecord } from '../../board/boardRecord.ts'
import {
  indexBoard,
  inReadingOrder,
  nearestInstance,
  type Point,
  shapeCenter,
  withRedactionText,
} from '../../record/boardContent.ts'
import type { RecordBlock, RecordSection } from '../../record/recordSection.ts'
import { commonRecordWords } from '../../record/recordWords.ts'
import type { RecordInput } from '../ExerciseModule.ts'
import { type ClusterPicture, type DreamResult, readDreamResult } from './clusters.ts'
import type { DreamGameState } from './personalSpots.ts'
import { dromenRecordWords } from './recordWords.ts'

const MODULE_ID = 'dromen-met-beelden'
/** A frame that exists only inside this function; no board record can have this id. */
const UNCLUSTERED_FRAME = 'shape:record~unclustered'

/**
 * The pictures that are in no cluster, read by `readDreamResult` itself (so their file,
 * description and why-note are found exactly as for clustered ones): every such picture is
 * handed to it inside one made-up cluster frame.
 */
function unclusteredPictures(board: readonly BoardRecord[], result: DreamResult): ClusterPicture[] {
  const clustered = new Set(result.clusters.flatMap((c) => c.pictures.map((p) => p.shapeId)))
  const loose = new Set(
    board
      .filter((r) => r.typeName === 'shape' && r.type === 'image' && r.meta?.dream)
      .map((r) => r.id)
      .filter((id) => !clustered.has(id)),
  )
  if (loose.size === 0) return []
  const frame: BoardRecord = {
    id: UNCLUSTERED_FRAME,
    typeName: 'shape',
    type: 'frame',
    props: { name: '' },
    meta: { cluster: true },
  }
  const gathered = [
    ...board.map((r) => (loose.has(r.id) ? { ...r, parentId: UNCLUSTERED_FRAME } : r)),
    frame,
  ]
  return (
    readDreamResult(gathered).clusters.find((c) => c.frameId === UNCLUSTERED_FRAME)?.pictures ?? []
  )
}

/**
 * Dromen met beelden's section: each cluster (in reading order on the board) with its pictures
 * and why-notes, then the vision statements with the clusters they came from, then the pictures
 * that ended up in no cluster. With the template on the board twice, each copy reports what
 * lies nearest its own zones.
 */
export function dromenRecord(input: RecordInput<DreamGameState>): RecordSection {
  const { language, template, instanceId, control } = input
  const words = dromenRecordWords[language]
  // Why-notes and vision statements are read by readDreamResult, which knows no redaction.
  const board = withRedactionText(input.board, commonRecordWords[language].redacted)
  const index = indexBoard(board)
  const centers = new Map<string, Point>()
  const centerOf = (shapeId: string): Point => {
    let center = centers.get(shapeId)
    if (!center) {
      const shape = index.get(shapeId)
      center = (shape && shapeCenter(shape, index)) ?? { x: 0, y: 0 }
      centers.set(shapeId, center)
    }
    return center
  }
  const ours = (shapeId: string): boolean => {
    const owner = nearestInstance(control.areas, template.id, centerOf(shapeId))
    return owner === null || owner === instanceId
  }
  const inOrder = <T>(items: readonly T[], idOf: (item: T) => string): T[] =>
    inReadingOrder(
      items.filter((item) => ours(idOf(item))),
      (item) => centerOf(idOf(item)),
    )

  const result = readDreamResult(board)
  const clusters = inOrder(result.clusters, (c) => c.frameId)
  // A blank vision note says nothing; a redacted one keeps its placeholder.
  const vision = inOrder(
    result.vision.filter((v) => v.text !== ''),
    (v) => v.shapeId,
  )
  const loose = inOrder(unclusteredPictures(board, result), (p) => p.shapeId)

  const blocks: RecordBlock[] = []
  let pictureCount = 0
  const pictureBlocks = (pictures: readonly ClusterPicture[]): RecordBlock[] =>
    pictures.flatMap((picture): RecordBlock[] => {
      pictureCount += 1
      const title = words.picture(pictureCount)
      const alt = picture.alt ?? words.noAlt
      return [
        picture.src
          ? { kind: 'picture', src: picture.src, title, alt }
          : { kind: 'paragraph', text: words.pictureWithoutFile(title, alt) },
        { kind: 'paragraph', text: words.why(picture.why || words.noWhy) },
      ]
    })

  const names = new Map(clusters.map((c) => [c.frameId, c.name || words.unnamed]))
  for (const cluster of clusters) {
    blocks.push({ kind: 'heading', text: words.cluster(cluster.name || words.unnamed) })
    const pictures = inReadingOrder(cluster.pictures, (p) => centerOf(p.shapeId))
    if (pictures.length === 0) blocks.push({ kind: 'paragraph', text: words.noPictures })
    else blocks.push(...pictureBlocks(pictures))
  }
  if (clusters.length > 0 || vision.length > 0) {
    blocks.push({ kind: 'heading', text: words.vision })
    blocks.push(
      vision.length === 0
        ? { kind: 'paragraph', text: words.noVision }
        : {
            kind: 'list',
            items: vision.map((statement) => {
              const from = statement.clusterIds.flatMap((id) => names.get(id) ?? [])
              return {
                text: statement.text,
                items: [{ text: from.length > 0 ? words.from(from.join(', ')) : words.notLinked }],
              }
            }),
          },
    )
  }
  if (loose.length > 0) {
    blocks.push({ kind: 'heading', text: words.unclustered })
    blocks.push(...pictureBlocks(loose))
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: words.nothing })

  return {
    exerciseId: template.exercise ?? MODULE_ID,
    instanceId,
    title: template.title[language] || template.title.nl,
    blocks,
  }
}
