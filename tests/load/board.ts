import { BOARD_META_MAP, BOARD_RECORDS_MAP } from '@reflectiebord/shared'
import type * as Y from 'yjs'

/**
 * A realistic board: tldraw records, one per key of the `tldraw` map, as the client stores
 * them. A reflection session board is mostly sticky notes with a sentence or two, some text
 * and arrows, on one page.
 */
export function fillBoard(doc: Y.Doc, shapes: number, seed = 1): void {
  const records = doc.getMap<unknown>(BOARD_RECORDS_MAP)
  const random = seededRandom(seed)
  doc.transact(() => {
    doc
      .getMap<unknown>(BOARD_META_MAP)
      .set('schema', { schemaVersion: 2, sequences: { 'com.tldraw.shape.note': 9 } })
    records.set('document:document', {
      id: 'document:document',
      typeName: 'document',
      gridSize: 10,
      name: '',
      meta: {},
    })
    records.set('page:page', {
      id: 'page:page',
      typeName: 'page',
      name: 'Page 1',
      index: 'a1',
      meta: {},
    })
    for (let i = 0; i < shapes; i++)
      records.set(`shape:${seed}-${i}`, noteShape(`shape:${seed}-${i}`, i, random))
  })
}

/** One sticky-note shape record, about 500 bytes of JSON. */
export function noteShape(
  id: string,
  index: number,
  random: () => number,
): Record<string, unknown> {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    parentId: 'page:page',
    index: `a${index.toString(36)}`,
    x: Math.round(random() * 4000),
    y: Math.round(random() * 3000),
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: ['yellow', 'blue', 'green', 'orange'][index % 4],
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      fontSizeAdjustment: 0,
      url: '',
      scale: 1,
      labelColor: 'black',
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(random) }] }],
      },
    },
  }
}

const words = [
  'ik',
  'merkte',
  'dat',
  'de',
  'cliënt',
  'vraag',
  'gevoel',
  'team',
  'twijfel',
  'rust',
  'grens',
  'feedback',
  'weer',
  'open',
  'samen',
  'leren',
]

function sentence(random: () => number): string {
  const length = 6 + Math.floor(random() * 12)
  return Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ')
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same boards. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
