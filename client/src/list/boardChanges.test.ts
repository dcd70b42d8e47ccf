import { type AreaState, type BoardRecord, indexBoard } from '@reflectiebord/shared'
import { describe, expect, it } from 'vitest'
import { type BoardDiff, boardChanges } from './boardChanges.ts'

const PAGE = 'page:page'
const zone = (areaId: string, x: number): AreaState => ({
  key: `a:${areaId}`,
  instanceId: 'a',
  templateId: 'sjabloon',
  areaId,
  title: { nl: areaId, en: areaId },
  instruction: { nl: '', en: '' },
  x,
  y: 0,
  w: 500,
  h: 500,
})
const areas = [zone('indrukken', 0), zone('vragen', 600)]

function note(id: string, x: number, text: string, parentId = PAGE): BoardRecord {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    parentId,
    x,
    y: 100,
    props: {
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      },
      scale: 1,
    },
    meta: {},
  }
}

const none: BoardDiff = { added: {}, updated: {}, removed: {} }
const page: BoardRecord = { id: PAGE, typeName: 'page' }

describe('other people’s changes, as the list view tells them', () => {
  it('tells a new note in its zone', () => {
    const added = note('shape:n', 50, 'Hallo')
    const index = indexBoard([page, added])
    expect(boardChanges({ ...none, added: { [added.id]: added } }, index, areas)).toEqual([
      { id: 'shape:n', kind: 'added', target: 'note', zoneKey: 'a:indrukken' },
    ])
  })

  it('tells words changed, and a move only when it crosses into another zone', () => {
    const from = note('shape:n', 50, 'Hallo')
    const edited = note('shape:n', 50, 'Hallo allemaal')
    const nudged = note('shape:n', 80, 'Hallo')
    const moved = note('shape:n', 700, 'Hallo')
    const diff = (to: BoardRecord): BoardDiff => ({ ...none, updated: { [to.id]: [from, to] } })
    expect(boardChanges(diff(edited), indexBoard([page, edited]), areas)).toMatchObject([
      { kind: 'edited', zoneKey: 'a:indrukken' },
    ])
    expect(boardChanges(diff(nudged), indexBoard([page, nudged]), areas)).toEqual([])
    expect(boardChanges(diff(moved), indexBoard([page, moved]), areas)).toMatchObject([
      { kind: 'moved', zoneKey: 'a:vragen' },
    ])
  })

  it('tells a picture with its note as a picture and a note, not a group; moving the group moves the picture', () => {
    const group: BoardRecord = {
      id: 'shape:g',
      typeName: 'shape',
      type: 'group',
      parentId: PAGE,
      x: 0,
      y: 0,
    }
    const picture: BoardRecord = {
      id: 'shape:p',
      typeName: 'shape',
      type: 'image',
      parentId: 'shape:g',
      x: 50,
      y: 50,
      props: { w: 160, h: 120, altText: 'Een tafel' },
    }
    const why = note('shape:w', 120, 'Samen', 'shape:g')
    const index = indexBoard([page, group, picture, why])
    const placed = boardChanges(
      { ...none, added: { [group.id]: group, [picture.id]: picture, [why.id]: why } },
      index,
      areas,
    )
    expect(placed.map((c) => [c.target, c.kind])).toEqual([
      ['picture', 'added'],
      ['note', 'added'],
    ])
    const movedGroup = { ...group, x: 600 }
    const after = indexBoard([page, movedGroup, picture, why])
    expect(
      boardChanges({ ...none, updated: { [group.id]: [group, movedGroup] } }, after, areas),
    ).toEqual([{ id: 'shape:g', kind: 'moved', target: 'picture', zoneKey: 'a:vragen' }])
  })

  it('tells a removed note where it was, and nothing for records that are not shapes', () => {
    const removed = note('shape:n', 700, 'Weg')
    const camera: BoardRecord = { id: 'camera:x', typeName: 'camera' }
    expect(
      boardChanges(
        { ...none, removed: { [removed.id]: removed }, added: { [camera.id]: camera } },
        indexBoard([page]),
        areas,
      ),
    ).toEqual([{ id: 'shape:n', kind: 'removed', target: 'note', zoneKey: 'a:vragen' }])
  })
})
