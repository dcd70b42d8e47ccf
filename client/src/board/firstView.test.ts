import type { TLRecord } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { FIRST_VIEW_MARGIN, firstViewOf, splitByFirstView } from './firstView.ts'

const view = { x: 0, y: 0, w: 1000, h: 800 }

function shape(id: string, x: number, y: number, parentId = 'page:page', props = {}): TLRecord {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    parentId,
    props,
  } as unknown as TLRecord
}

function binding(id: string, fromId: string, toId: string): TLRecord {
  return {
    id: `binding:${id}`,
    typeName: 'binding',
    type: 'arrow',
    fromId: `shape:${fromId}`,
    toId: `shape:${toId}`,
  } as unknown as TLRecord
}

const ids = (records: readonly TLRecord[]) => records.map((record) => record.id)

describe('the first view of a board comes first', () => {
  it('puts the shapes in view and every record that is not a shape first, the rest later', () => {
    const page = { id: 'page:page', typeName: 'page' } as unknown as TLRecord
    const split = splitByFirstView(
      [shape('far', 5000, 0), page, shape('here', 100, 100), shape('edge', -150, -150)],
      view,
    )
    expect(ids(split.first)).toEqual(['page:page', 'shape:here', 'shape:edge'])
    expect(ids(split.later)).toEqual(['shape:far'])
  })

  it('counts a large shape that reaches into the view as in it', () => {
    const split = splitByFirstView(
      [shape('frame', -3000, 0, 'page:page', { w: 3500, h: 500 })],
      view,
    )
    expect(ids(split.first)).toEqual(['shape:frame'])
  })

  it('brings the nearest first, and what is in a frame with the frame, after it', () => {
    const split = splitByFirstView(
      [
        shape('child', 10, 10, 'shape:frame'),
        shape('farther', 9000, 0),
        shape('frame', 3000, 0),
        shape('grandchild', 5, 5, 'shape:child'),
        shape('near', 2000, 0),
      ],
      view,
    )
    expect(split.first).toEqual([])
    expect(ids(split.later)).toEqual([
      'shape:near',
      'shape:frame',
      'shape:child',
      'shape:grandchild',
      'shape:farther',
    ])
  })

  it('keeps a shape in a frame in view with its frame', () => {
    const split = splitByFirstView(
      [shape('child', 5000, 5000, 'shape:frame'), shape('frame', 100, 100)],
      view,
    )
    expect(ids(split.first)).toEqual(['shape:child', 'shape:frame'])
  })

  it('holds a binding back until both its shapes are there', () => {
    const split = splitByFirstView(
      [
        binding('both-here', 'a', 'b'),
        binding('one-far', 'a', 'far'),
        shape('a', 0, 0),
        shape('b', 300, 0),
        shape('far', 4000, 0),
        shape('farther', 8000, 0),
      ],
      view,
    )
    expect(ids(split.first)).toEqual(['shape:a', 'shape:b', 'binding:both-here'])
    expect(ids(split.later)).toEqual(['shape:far', 'binding:one-far', 'shape:farther'])
  })

  it('survives a parent loop in bad data', () => {
    const split = splitByFirstView([shape('x', 0, 0, 'shape:y'), shape('y', 0, 0, 'shape:x')], view)
    expect(split.first.length + split.later.length).toBe(2)
  })
})

describe('the first view of a page', () => {
  it('is what the camera shows, widened by a quarter screen on every side', () => {
    expect(FIRST_VIEW_MARGIN).toBe(0.25)
    expect(firstViewOf(null, { w: 1000, h: 800 })).toEqual({ x: -250, y: -200, w: 1500, h: 1200 })
    // tldraw's camera: a point on screen is (page + camera) × zoom.
    expect(firstViewOf({ x: -500, y: 100, z: 2 }, { w: 1000, h: 800 })).toEqual({
      x: 375,
      y: -200,
      w: 750,
      h: 600,
    })
  })
})
