import { describe, expect, it } from 'vitest'
import { type BoardRecord, plainText } from '../../board/boardRecord.ts'
import { readDreamResult } from './clusters.ts'

const rich = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const page = { id: 'page:page', typeName: 'page' }
const frame = (id: string, name: string): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'frame',
  parentId: 'page:page',
  props: { name },
  meta: { cluster: true },
})
const picture = (id: string, parentId: string, assetId: string): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'image',
  parentId,
  props: { assetId, altText: `beeld ${id}` },
  meta: { dream: true },
})
const why = (id: string, parentId: string, forId: string, text: string): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'note',
  parentId,
  props: { richText: rich(text) },
  meta: { whyFor: forId },
})
const asset = (id: string, src: string): BoardRecord => ({ id, typeName: 'asset', props: { src } })

describe('readDreamResult', () => {
  it('lists each cluster with its pictures and their why-notes, also through a group', () => {
    const records: BoardRecord[] = [
      page,
      frame('shape:f1', 'Samen spelen'),
      frame('shape:f2', 'Rust'),
      { id: 'shape:g1', typeName: 'shape', type: 'group', parentId: 'shape:f1' },
      picture('shape:p1', 'shape:g1', 'asset:a1'),
      why('shape:n1', 'shape:g1', 'shape:p1', 'Kinderen brengen ouders samen'),
      picture('shape:p2', 'shape:f2', 'asset:a2'),
      picture('shape:p3', 'page:page', 'asset:a1'),
      asset('asset:a1', '/pictures/park.svg'),
      asset('asset:a2', '/api/sessions/x/assets/abc.webp'),
    ]
    const { clusters } = readDreamResult(records)
    expect(clusters).toEqual([
      {
        frameId: 'shape:f1',
        name: 'Samen spelen',
        pictures: [
          {
            shapeId: 'shape:p1',
            src: '/pictures/park.svg',
            alt: 'beeld shape:p1',
            why: 'Kinderen brengen ouders samen',
          },
        ],
      },
      {
        frameId: 'shape:f2',
        name: 'Rust',
        pictures: [
          {
            shapeId: 'shape:p2',
            src: '/api/sessions/x/assets/abc.webp',
            alt: 'beeld shape:p2',
            why: null,
          },
        ],
      },
    ])
  })

  it('ignores frames that are not clusters and pictures outside any cluster', () => {
    const plainFrame = { ...frame('shape:f9', 'Gewone frame'), meta: {} }
    const { clusters } = readDreamResult([
      page,
      plainFrame,
      picture('shape:p1', 'shape:f9', 'asset:a'),
    ])
    expect(clusters).toEqual([])
  })

  it('links vision statements to the clusters they came from, dropping links to clusters that are gone', () => {
    const records: BoardRecord[] = [
      page,
      frame('shape:f1', 'Samen spelen'),
      {
        id: 'shape:v1',
        typeName: 'shape',
        type: 'note',
        parentId: 'page:page',
        props: { richText: rich('Elk gezin voelt zich welkom') },
        meta: { vision: true, clusterIds: ['shape:f1', 'shape:verdwenen'] },
      },
    ]
    expect(readDreamResult(records).vision).toEqual([
      { shapeId: 'shape:v1', text: 'Elk gezin voelt zich welkom', clusterIds: ['shape:f1'] },
    ])
  })

  it('reads plain text out of rich text', () => {
    expect(plainText(rich('Hallo'))).toBe('Hallo')
    expect(plainText('gewoon')).toBe('gewoon')
    expect(plainText(null)).toBe('')
  })
})
