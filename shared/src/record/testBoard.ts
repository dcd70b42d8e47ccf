/**
 * Builders for the record sections' tests: board records as tldraw stores them and a session
 * control state, without a Yjs document. Test support only; nothing in the product imports it.
 */
import type { BoardRecord } from '../board/boardRecord.ts'
import { placeTemplateAreas } from '../control/areaLayout.ts'
import {
  type AreaState,
  type ControlState,
  defaultSettings,
  noRedactions,
  type PersonState,
} from '../control/controlState.ts'
import type { RecordInput, RecordLanguage } from '../exercises/ExerciseModule.ts'
import type { ExerciseTemplate } from '../exercises/templateSchema.ts'

export const PAGE_ID = 'page:page'
export const page: BoardRecord = { id: PAGE_ID, typeName: 'page' }

export function rich(text: string) {
  return {
    type: 'doc',
    content: text.split('\n').map((line) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: line }],
    })),
  }
}

let counter = 0
function nextId(kind: string): string {
  counter += 1
  return `shape:${kind}${counter}`
}

/** A note whose middle lands on (x, y) in its parent, as tldraw stores it (200 × 200). */
export function note(
  x: number,
  y: number,
  text: string,
  extra: { meta?: Record<string, unknown>; parentId?: string; id?: string } = {},
): BoardRecord {
  return {
    id: extra.id ?? nextId('note'),
    typeName: 'shape',
    type: 'note',
    parentId: extra.parentId ?? PAGE_ID,
    x: x - 100,
    y: y - 100,
    props: { richText: rich(text), scale: 1, growY: 0 },
    meta: extra.meta ?? {},
  }
}

/** A note as the server leaves it after redaction: placeholder text and the redacted flag. */
export function redactedNote(x: number, y: number): BoardRecord {
  return note(x, y, 'Afgeschermd door de begeleider · Hidden by the facilitator', {
    meta: { redacted: true },
  })
}

export function person(
  publicId: string,
  name: string,
  role: PersonState['role'] = 'participant',
): PersonState {
  return { publicId, name, role, coFacilitator: false, online: true, lastSeen: 0 }
}

export function controlWith(overrides: Partial<ControlState> = {}): ControlState {
  return {
    games: {},
    activity: null,
    timer: null,
    settings: defaultSettings,
    follow: { leaderPublicId: null },
    areas: [],
    people: [],
    sealed: [],
    redactions: noRedactions,
    ...overrides,
  }
}

/** The zones of `template` loaded as `instanceId` at `origin`. */
export function placed(
  template: ExerciseTemplate,
  instanceId = 'inst-1',
  origin = { x: 1000, y: 500 },
): AreaState[] {
  return placeTemplateAreas(template, instanceId, origin, [])
}

/** The middle of a placed zone, for putting notes in it. */
export function middleOf(areas: readonly AreaState[], areaId: string, instanceId = 'inst-1') {
  const area = areas.find((a) => a.areaId === areaId && a.instanceId === instanceId)
  if (!area) throw new Error(`no zone ${areaId}`)
  return { x: area.x + area.w / 2, y: area.y + area.h / 2, area }
}

export function recordInput<TSlice>(
  template: ExerciseTemplate,
  parts: {
    slice?: TSlice | null
    board?: BoardRecord[]
    control?: ControlState
    language?: RecordLanguage
    instanceId?: string
  } = {},
): RecordInput<TSlice> {
  return {
    language: parts.language ?? 'nl',
    template,
    instanceId: parts.instanceId ?? 'inst-1',
    control: parts.control ?? controlWith({ areas: placed(template) }),
    slice: parts.slice ?? null,
    board: [page, ...(parts.board ?? [])],
  }
}
