import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardRecord.ts'
import type { AreaState } from '../control/controlState.ts'
import {
  boardTexts,
  containsPoint,
  findZone,
  indexBoard,
  inReadingOrder,
  nearestInstance,
  pagePlacement,
  shapeCenter,
  shapeText,
  textsIn,
  withRedactionText,
} from './boardContent.ts'
import { note, page, redactedNote, rich } from './testBoard.ts'

const frame = (
  id: string,
  x: number,
  y: number,
  extra: Partial<BoardRecord> = {},
): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'frame',
  parentId: 'page:page',
  x,
  y,
  props: { w: 400, h: 300, name: '' },
  ...extra,
})

const zone = (instanceId: string, areaId: string, x: number, y: number): AreaState => ({
  key: `${instanceId}:${areaId}`,
  instanceId,
  templateId: 'sjabloon',
  areaId,
  title: { nl: areaId, en: areaId },
  instruction: { nl: '', en: '' },
  x,
  y,
  w: 500,
  h: 500,
})

describe('where a shape lies on the page', () => {
  it('adds the position of every parent frame and group up to the page', () => {
    const board: BoardRecord[] = [
      page,
      frame('shape:f', 1000, 500),
      { id: 'shape:g', typeName: 'shape', type: 'group', parentId: 'shape:f', x: 50, y: 20 },
      note(100, 100, 'In een groep', { parentId: 'shape:g', id: 'shape:n' }),
    ]
    const index = indexBoard(board)
    const inGroup = index.get('shape:n') as BoardRecord
    expect(pagePlacement(inGroup, index)).toMatchObject({ x: 1050, y: 520 })
    expect(shapeCenter(inGroup, index)).toEqual({ x: 1150, y: 620 })
  })

  it('turns a child with its rotated parent', () => {
    const board: BoardRecord[] = [
      page,
      { ...frame('shape:f', 0, 0), rotation: Math.PI / 2 } as BoardRecord,
      note(100, 100, 'Gedraaid', { parentId: 'shape:f', id: 'shape:n' }),
    ]
    const index = indexBoard(board)
    const center = shapeCenter(index.get('shape:n') as BoardRecord, index)
    expect(center?.x).toBeCloseTo(-100)
    expect(center?.y).toBeCloseTo(100)
  })

  it('grows a note with its scale and its extra height', () => {
    const small = { ...note(0, 0, 'Klein'), x: 0, y: 0 }
    small.props = { ...small.props, scale: 0.5, growY: 40 }
    expect(shapeCenter(small, indexBoard([small]))).toEqual({ x: 50, y: 60 })
  })

  it('estimates the height of a text shape from its lines, since tldraw stores none', () => {
    const text: BoardRecord = {
      id: 'shape:t',
      typeName: 'shape',
      type: 'text',
      parentId: 'page:page',
      x: 0,
      y: 0,
      props: { richText: rich('een\ntwee'), w: 200, size: 'm', scale: 1 },
    }
    const center = shapeCenter(text, indexBoard([text]))
    expect(center?.x).toBe(100)
    expect(center?.y).toBeCloseTo(24 * 1.35)
  })

  it('stops at a parent loop instead of following it forever', () => {
    const a = { ...frame('shape:a', 10, 0), parentId: 'shape:b' }
    const b = { ...frame('shape:b', 0, 20), parentId: 'shape:a' }
    expect(pagePlacement(a, indexBoard([a, b]))).toMatchObject({ x: 10, y: 20 })
  })
})

describe('zones and reading order', () => {
  it('counts a centre on the edge of a zone as inside it', () => {
    const rect = { x: 0, y: 0, w: 100, h: 100 }
    expect(containsPoint(rect, { x: 100, y: 50 })).toBe(true)
    expect(containsPoint(rect, { x: 100.5, y: 50 })).toBe(false)
  })

  it('reads rows from top to bottom and each row from left to right, even when not level', () => {
    const points = [
      { id: 'rechts', x: 400, y: 95 },
      { id: 'onder', x: 0, y: 400 },
      { id: 'links', x: 0, y: 110 },
      { id: 'midden', x: 200, y: 100 },
    ]
    expect(inReadingOrder(points, (p) => p).map((p) => p.id)).toEqual([
      'links',
      'midden',
      'rechts',
      'onder',
    ])
  })

  it('keeps only the texts whose centre lies in the zone, in reading order', () => {
    const board = [
      page,
      note(300, 300, 'Tweede rij'),
      note(400, 100, 'Rechtsboven'),
      note(100, 100, 'Linksboven'),
      note(900, 100, 'Ernaast'),
    ]
    const texts = textsIn(boardTexts(board, 'x'), { x: 0, y: 0, w: 500, h: 500 })
    expect(texts.map((t) => t.text)).toEqual(['Linksboven', 'Rechtsboven', 'Tweede rij'])
  })

  it('finds a zone by template copy and zone id together', () => {
    const areas = [zone('a', 'vragen', 0, 0), zone('b', 'vragen', 1000, 0)]
    expect(findZone(areas, 'b', 'vragen')?.x).toBe(1000)
    expect(findZone(areas, 'b', 'adviezen')).toBeUndefined()
  })

  it('gives a point to the template copy that holds it, or else to the nearest', () => {
    const areas = [zone('a', 'z', 0, 0), zone('b', 'z', 2000, 0)]
    expect(nearestInstance(areas, 'sjabloon', { x: 250, y: 250 })).toBe('a')
    expect(nearestInstance(areas, 'sjabloon', { x: 1900, y: 900 })).toBe('b')
    expect(nearestInstance(areas, 'ander-sjabloon', { x: 0, y: 0 })).toBeNull()
  })
})

describe('text on the board', () => {
  it('never passes on what a redacted note still holds', () => {
    const blanked = { ...note(0, 0, 'Familie Peeters'), meta: { redacted: true } }
    expect(shapeText(blanked, 'Afgeschermd')).toBe('Afgeschermd')
    const [text] = boardTexts([blanked], 'Afgeschermd')
    expect(text).toMatchObject({ text: 'Afgeschermd', redacted: true })
  })

  it('leaves out empty notes and shapes that hold no text', () => {
    const board: BoardRecord[] = [
      note(0, 0, ''),
      note(0, 0, 'Iets'),
      redactedNote(0, 0),
      frame('shape:f', 0, 0),
    ]
    expect(boardTexts(board, '▒').map((t) => t.text)).toEqual(['Iets', '▒'])
  })

  it('swaps the text of redacted shapes for the placeholder, for readers that know no redaction', () => {
    const blanked = { ...note(0, 0, 'Familie Peeters'), meta: { redacted: true } }
    const [copy] = withRedactionText([blanked, note(0, 0, 'Gewoon')], 'Afgeschermd')
    expect(copy?.props?.richText).toBe('Afgeschermd')
  })
})
