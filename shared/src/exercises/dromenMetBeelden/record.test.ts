import { describe, expect, it } from 'vitest'
import type { BoardRecord } from '../../board/boardRecord.ts'
import {
  controlWith,
  middleOf,
  note,
  PAGE_ID,
  placed,
  recordInput,
} from '../../record/testBoard.ts'
import { getTemplate } from '../registry.ts'
import type { ExerciseTemplate } from '../templateSchema.ts'
import { dromenRecord } from './record.ts'

const template = getTemplate('dromen-met-beelden') as ExerciseTemplate
const areas = placed(template)
const clusterZone = middleOf(areas, 'clusters')
const visionZone = middleOf(areas, 'gedeelde-visie')
const spots = middleOf(areas, 'persoonlijke-plekken')

const frame = (id: string, name: string, x: number, y: number): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'frame',
  parentId: PAGE_ID,
  x,
  y,
  props: { w: 400, h: 280, name },
  meta: { cluster: true },
})
const group = (id: string, parentId: string, x: number, y: number): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'group',
  parentId,
  x,
  y,
})
const picture = (
  id: string,
  parentId: string,
  at: { x: number; y: number },
  assetId: string,
  altText = `beschrijving ${id}`,
): BoardRecord => ({
  id,
  typeName: 'shape',
  type: 'image',
  parentId,
  x: at.x,
  y: at.y,
  props: { assetId, altText, w: 160, h: 120 },
  meta: { dream: true },
})
const why = (forId: string, parentId: string, text: string, meta: Record<string, unknown> = {}) =>
  note(100, 100, text, { parentId, meta: { whyFor: forId, ...meta } })
const asset = (id: string, src: string): BoardRecord => ({ id, typeName: 'asset', props: { src } })
const vision = (x: number, y: number, text: string, clusterIds: string[]) =>
  note(x, y, text, { meta: { vision: true, clusterIds } })

/** Two clusters (the lower one made first), a loose picture in a spot, two vision statements. */
function board(): BoardRecord[] {
  const left = clusterZone.area.x + 40
  const top = clusterZone.area.y + 160
  return [
    frame('shape:rust', 'Rust', left, top + 400),
    frame('shape:samen', 'Samen aan tafel', left, top),
    group('shape:g1', 'shape:samen', 20, 20),
    picture('shape:p1', 'shape:g1', { x: 0, y: 0 }, 'asset:park'),
    why('shape:p1', 'shape:g1', 'Iedereen eet mee'),
    picture('shape:p2', 'shape:samen', { x: 220, y: 20 }, 'asset:eigen', ''),
    picture('shape:p3', PAGE_ID, { x: spots.x, y: spots.y }, 'asset:park', 'een bankje'),
    why('shape:p3', PAGE_ID, 'Even zitten'),
    asset('asset:park', '/pictures/park.svg'),
    asset('asset:eigen', '/api/sessions/s1/assets/a.webp'),
    vision(visionZone.x, visionZone.y + 300, 'Er is altijd tijd voor een babbel', []),
    vision(visionZone.x, visionZone.y, 'Bij ons voelt elke ouder zich welkom', [
      'shape:samen',
      'shape:rust',
    ]),
    vision(visionZone.x, visionZone.y - 300, '', []),
  ]
}

describe('the dromen met beelden section', () => {
  it('shows each cluster in reading order with its pictures and why-notes', () => {
    const section = dromenRecord(recordInput(template, { board: board() }))
    expect(section).toMatchObject({
      exerciseId: 'dromen-met-beelden',
      instanceId: 'inst-1',
      title: 'Dromen met beelden',
    })
    expect(section.blocks.slice(0, 7)).toEqual([
      { kind: 'heading', text: 'Cluster: Samen aan tafel' },
      {
        kind: 'picture',
        src: '/pictures/park.svg',
        title: 'Beeld 1',
        alt: 'beschrijving shape:p1',
      },
      { kind: 'paragraph', text: 'Waarom: Iedereen eet mee' },
      {
        kind: 'picture',
        src: '/api/sessions/s1/assets/a.webp',
        title: 'Beeld 2',
        alt: 'beeld zonder beschrijving',
      },
      { kind: 'paragraph', text: 'Waarom: (geen uitleg)' },
      { kind: 'heading', text: 'Cluster: Rust' },
      { kind: 'paragraph', text: 'Geen beelden in deze cluster.' },
    ])
  })

  it('lists the vision statements in reading order with the clusters they came from', () => {
    const { blocks } = dromenRecord(recordInput(template, { board: board() }))
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Onze visie')
    expect(blocks[at + 1]).toEqual({
      kind: 'list',
      items: [
        {
          text: 'Bij ons voelt elke ouder zich welkom',
          items: [{ text: 'Uit: Samen aan tafel, Rust' }],
        },
        {
          text: 'Er is altijd tijd voor een babbel',
          items: [{ text: 'Aan geen cluster gekoppeld.' }],
        },
      ],
    })
  })

  it('puts the pictures that are in no cluster under their own heading', () => {
    const { blocks } = dromenRecord(recordInput(template, { board: board(), language: 'en' }))
    expect(blocks.slice(-3)).toEqual([
      { kind: 'heading', text: 'Images outside a cluster' },
      { kind: 'picture', src: '/pictures/park.svg', title: 'Image 3', alt: 'een bankje' },
      { kind: 'paragraph', text: 'Why: Even zitten' },
    ])
  })

  it('shows a redacted why-note as the placeholder, never its old text', () => {
    const records = [
      ...board().filter((r) => r.meta?.whyFor !== 'shape:p3'),
      why('shape:p3', PAGE_ID, 'Familie Peeters', { redacted: true }),
    ]
    const { blocks } = dromenRecord(recordInput(template, { board: records }))
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Waarom: Afgeschermd door de begeleider',
    })
    expect(JSON.stringify(blocks)).not.toContain('Peeters')
  })

  it('describes a picture whose file is gone in words instead', () => {
    const records = board().filter((r) => r.id !== 'asset:eigen')
    const { blocks } = dromenRecord(recordInput(template, { board: records }))
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Beeld 2 (niet meer beschikbaar): beeld zonder beschrijving',
    })
  })

  it('reports only what lies nearest its own zones when the template is on the board twice', () => {
    const second = placed(template, 'inst-2', { x: 1000, y: 4000 })
    const control = controlWith({ areas: [...areas, ...second] })
    const far = middleOf(second, 'clusters', 'inst-2')
    const records = [...board(), frame('shape:ander', 'Van kopie twee', far.x, far.y)]
    const first = dromenRecord(recordInput(template, { board: records, control }))
    const copy = dromenRecord(
      recordInput(template, { board: records, control, instanceId: 'inst-2' }),
    )
    expect(JSON.stringify(first)).not.toContain('Van kopie twee')
    expect(copy.blocks.slice(0, 2)).toEqual([
      { kind: 'heading', text: 'Cluster: Van kopie twee' },
      { kind: 'paragraph', text: 'Geen beelden in deze cluster.' },
    ])
  })

  it('says so when there are no pictures on the board', () => {
    expect(dromenRecord(recordInput(template)).blocks).toEqual([
      { kind: 'paragraph', text: 'Er staan geen beelden op het bord.' },
    ])
  })
})
