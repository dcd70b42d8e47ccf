import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../board/boardRecord.ts'
import type { AreaState } from '../control/controlState.ts'
import { allListItems, type BoardList, boardList, zoneAt } from './boardList.ts'
import { note, page, redactedNote } from './testBoard.ts'

const zone = (
  instanceId: string,
  areaId: string,
  rect: { x: number; y: number; w: number; h: number },
  templateId = 'sjabloon',
): AreaState => ({
  key: `${instanceId}:${areaId}`,
  instanceId,
  templateId,
  areaId,
  title: { nl: areaId, en: areaId },
  instruction: { nl: '', en: '' },
  ...rect,
})

const order: Record<string, string[]> = { sjabloon: ['eerst', 'dan', 'plekken'] }
const REDACTED = 'Afgeschermd'

function list(board: BoardRecord[], areas: AreaState[]): BoardList {
  return boardList({
    board: [page, ...board],
    areas,
    areaOrder: (templateId) => order[templateId] ?? [],
    redactedText: REDACTED,
  })
}

const texts = (items: readonly { text: string }[]) => items.map((item) => item.text)

describe('the board as a list', () => {
  it('lists zones in the template’s order, whatever their place on the board', () => {
    const areas = [
      zone('a', 'dan', { x: 0, y: 0, w: 500, h: 500 }),
      zone('a', 'eerst', { x: 600, y: 0, w: 500, h: 500 }),
    ]
    const result = list([], areas)
    expect(result.instances.map((i) => i.instanceId)).toEqual(['a'])
    expect(result.instances[0]?.zones.map((z) => z.area.areaId)).toEqual(['eerst', 'dan'])
  })

  it('puts template copies left to right, and notes in reading order within each zone', () => {
    const areas = [
      zone('rechts', 'eerst', { x: 2000, y: 0, w: 500, h: 500 }),
      zone('links', 'eerst', { x: 0, y: 0, w: 500, h: 500 }),
    ]
    const board = [
      note(400, 300, 'onder rechts'),
      note(100, 300, 'onder links'),
      note(250, 110, 'boven'),
      note(2100, 100, 'in de tweede kopie'),
    ]
    const result = list(board, areas)
    expect(result.instances.map((i) => i.instanceId)).toEqual(['links', 'rechts'])
    expect(texts(result.instances[0]?.zones[0]?.items ?? [])).toEqual([
      'boven',
      'onder links',
      'onder rechts',
    ])
    expect(texts(result.instances[1]?.zones[0]?.items ?? [])).toEqual(['in de tweede kopie'])
  })

  it('nests a zone lying inside another (a personal spot) and gives it its own notes', () => {
    const areas = [
      zone('a', 'plekken', { x: 0, y: 0, w: 1000, h: 600 }),
      zone('a', 'spot', { x: 500, y: 150, w: 300, h: 300 }),
      zone('a', 'spot-2', { x: 50, y: 150, w: 300, h: 300 }),
    ]
    const board = [note(650, 300, 'op de plek'), note(900, 550, 'in de zone')]
    const [spots] = list(board, areas).instances[0]?.zones ?? []
    expect(spots?.area.areaId).toBe('plekken')
    expect(texts(spots?.items ?? [])).toEqual(['in de zone'])
    expect(spots?.zones.map((z) => z.area.areaId)).toEqual(['spot-2', 'spot'])
    expect(texts(spots?.zones[1]?.items ?? [])).toEqual(['op de plek'])
    expect(zoneAt(areas, { x: 650, y: 300 })?.areaId).toBe('spot')
  })

  it('keeps a frame’s contents under the frame, a picture with its description and a group together', () => {
    const areas = [zone('a', 'eerst', { x: 0, y: 0, w: 1000, h: 1000 })]
    const board: BoardRecord[] = [
      {
        id: 'asset:foto',
        typeName: 'asset',
        type: 'image',
        props: { src: '/pictures/tafel.svg' },
      },
      {
        id: 'shape:kader',
        typeName: 'shape',
        type: 'frame',
        parentId: 'page:page',
        x: 100,
        y: 100,
        props: { w: 600, h: 400, name: ' Samen aan tafel ' },
        meta: { cluster: true },
      },
      {
        id: 'shape:groep',
        typeName: 'shape',
        type: 'group',
        parentId: 'shape:kader',
        x: 20,
        y: 20,
      },
      {
        id: 'shape:beeld',
        typeName: 'shape',
        type: 'image',
        parentId: 'shape:groep',
        x: 0,
        y: 0,
        props: { w: 160, h: 120, assetId: 'asset:foto', altText: 'Een gezin aan tafel' },
        meta: { dream: true, author: 'anna' },
      },
      note(150, 150, 'Samen eten verbindt', {
        id: 'shape:waarom',
        parentId: 'shape:groep',
        meta: { whyFor: 'shape:beeld', author: 'anna' },
      }),
    ]
    const [frame] = list(board, areas).instances[0]?.zones[0]?.items ?? []
    expect(frame).toMatchObject({ id: 'shape:kader', kind: 'frame', text: 'Samen aan tafel' })
    const [group] = frame?.children ?? []
    expect(group).toMatchObject({ kind: 'group', ancestors: ['shape:kader'] })
    expect(group?.children.map((c) => [c.kind, c.text, c.authorId])).toEqual([
      ['picture', 'Een gezin aan tafel', 'anna'],
      ['note', 'Samen eten verbindt', 'anna'],
    ])
    expect(group?.children[0]?.src).toBe('/pictures/tafel.svg')
    expect(group?.children[1]?.ancestors).toEqual(['shape:groep', 'shape:kader'])
  })

  it('places a group by what it holds', () => {
    const areas = [
      zone('a', 'eerst', { x: 0, y: 0, w: 500, h: 500 }),
      zone('a', 'dan', { x: 600, y: 0, w: 500, h: 500 }),
    ]
    const board: BoardRecord[] = [
      { id: 'shape:g', typeName: 'shape', type: 'group', parentId: 'page:page', x: 0, y: 0 },
      note(800, 250, 'een', { parentId: 'shape:g' }),
      note(900, 250, 'twee', { parentId: 'shape:g' }),
    ]
    const zones = list(board, areas).instances[0]?.zones ?? []
    expect(zones[0]?.items).toEqual([])
    expect(zones[1]?.items.map((i) => i.kind)).toEqual(['group'])
  })

  it('leaves blank notes out, keeps redacted ones with the placeholder only, and lists what lies outside', () => {
    const areas = [zone('a', 'eerst', { x: 0, y: 0, w: 500, h: 500 })]
    const secret = redactedNote(100, 100)
    const board = [secret, note(300, 300, ''), note(2000, 2000, 'ergens anders')]
    const result = list(board, areas)
    const items = result.instances[0]?.zones[0]?.items ?? []
    expect(items.map((i) => [i.text, i.redacted])).toEqual([[REDACTED, true]])
    expect(texts(result.outside)).toEqual(['ergens anders'])
    expect(allListItems(result).map((i) => i.text)).toEqual([REDACTED, 'ergens anders'])
  })

  it('says who made a note only when the board says so', () => {
    const areas = [zone('a', 'eerst', { x: 0, y: 0, w: 500, h: 500 })]
    const board = [
      note(100, 100, 'van Anna', { meta: { author: 'anna' } }),
      note(300, 300, 'van niemand'),
    ]
    const items = list(board, areas).instances[0]?.zones[0]?.items ?? []
    expect(items.map((i) => i.authorId)).toEqual(['anna', null])
  })
})
