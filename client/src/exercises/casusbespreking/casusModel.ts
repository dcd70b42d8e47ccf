import {
  type AreaState,
  analysisColumns,
  type CaseState,
  type Column,
  type ControlState,
  casusbespreking,
  type ExerciseTemplate,
  exerciseTemplates,
  getTemplate,
  noCase,
  type PersonState,
  type PhaseTemplate,
  readSlice,
} from '@reflectiebord/shared'

/** The methods a facilitator can start: every template with the case discussion's behaviour. */
export const casusTemplates: readonly ExerciseTemplate[] = exerciseTemplates.filter(
  (template) => template.exercise === casusbespreking.id,
)

export function isCasusTemplateId(templateId: string): boolean {
  return getTemplate(templateId)?.exercise === casusbespreking.id
}

/** The case as session control holds it: no bringer and no practice case until one is named. */
export function caseOf(control: ControlState): CaseState {
  return readSlice(control, casusbespreking) ?? noCase
}

/** The case discussion everyone is in now: its method, step and the zone of that step. */
export interface ActiveCasus {
  template: ExerciseTemplate
  instanceId: string
  phase: PhaseTemplate
  phaseIndex: number
  /** The zone the current step writes in, when it is on the board. */
  zone: AreaState | null
  /** Every zone of this copy of the method, by area id. */
  zones: ReadonlyMap<string, AreaState>
}

/** The part of session control that says where the group is. */
export type Whereabouts = Pick<ControlState, 'activity' | 'areas'>

export function activeCasus(control: Whereabouts): ActiveCasus | null {
  const activity = control.activity
  if (!activity) return null
  const template = getTemplate(activity.templateId)
  if (template?.exercise !== casusbespreking.id) return null
  const phase = template.phases[activity.phaseIndex]
  if (!phase) return null
  const zones = zonesOf(control, activity.instanceId)
  return {
    template,
    instanceId: activity.instanceId,
    phase,
    phaseIndex: activity.phaseIndex,
    zone: phase.areaId ? (zones.get(phase.areaId) ?? null) : null,
    zones,
  }
}

/** The zones of one loaded copy of a method, by area id. */
export function zonesOf(
  control: Pick<ControlState, 'areas'>,
  instanceId: string,
): Map<string, AreaState> {
  return new Map(
    control.areas
      .filter((area) => area.instanceId === instanceId)
      .map((area) => [area.areaId, area] as const),
  )
}

/** The latest loaded copy of a case discussion method, whether it is active or not. */
export function latestCasusInstance(control: Whereabouts): string | null {
  const active = activeCasus(control)
  if (active) return active.instanceId
  const casus = control.areas.filter((area) => isCasusTemplateId(area.templateId))
  // Later copies are placed to the right of earlier ones (see placeTemplateAreas).
  const last = [...casus].sort((a, b) => b.x - a.x)[0]
  return last?.instanceId ?? null
}

export function findPerson(
  people: readonly PersonState[],
  publicId: string | null,
): PersonState | null {
  if (!publicId) return null
  return people.find((person) => person.publicId === publicId) ?? null
}

/**
 * Who gets a column in the analysis: the participants on the board now. The facilitator
 * guards the process and the case-bringer listens in this step, so neither gets one.
 */
export function columnPeople(
  people: readonly PersonState[],
  bringerPublicId: string | null,
): { publicId: string; name: string }[] {
  return people
    .filter(
      (person) =>
        person.online && person.role !== 'facilitator' && person.publicId !== bringerPublicId,
    )
    .map((person) => ({ publicId: person.publicId, name: person.name }))
}

export function columnsFor(
  zone: AreaState,
  people: readonly PersonState[],
  bringerPublicId: string | null,
): Column[] {
  return analysisColumns(zone, columnPeople(people, bringerPublicId))
}

/** The part of a note shape this module reads. */
export interface NoteLike {
  id: string
  typeName: string
  type?: string
  x: number
  y: number
  parentId?: string
  props?: { richText?: unknown; scale?: number; growY?: number }
  meta?: Record<string, unknown>
}

const NOTE_SIZE = 200

export function isNote(record: { typeName: string; type?: string }): record is NoteLike {
  return record.typeName === 'shape' && record.type === 'note'
}

/** The middle of a note on the page: what decides which zone (or column) it is in. */
export function noteCenter(note: NoteLike): { x: number; y: number } {
  const scale = note.props?.scale ?? 1
  const growY = note.props?.growY ?? 0
  return { x: note.x + (NOTE_SIZE / 2) * scale, y: note.y + ((NOTE_SIZE + growY) / 2) * scale }
}

export function contains(
  box: { x: number; y: number; w: number; h: number },
  point: { x: number; y: number },
): boolean {
  return (
    point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h
  )
}

/** Plain text of a tldraw rich text document (TipTap JSON): paragraphs on their own lines. */
export function plainText(richText: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (typeof node !== 'object' || node === null) return
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown }
    if (type === 'text' && typeof text === 'string') line.push(text)
    if (type === 'hardBreak') line.push('\n')
    if (!Array.isArray(content)) return
    const block = type === 'paragraph' || type === 'heading' || type === 'listItem'
    if (block) {
      const own: string[] = []
      for (const child of content) walk(child, own)
      lines.push(own.join(''))
    } else {
      for (const child of content) walk(child, line)
    }
  }
  const rest: string[] = []
  walk(richText, rest)
  if (rest.length > 0) lines.push(rest.join(''))
  return lines.join('\n').trim()
}

/** A question is a note with a question mark: the nudge counts on people, not on grammar. */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?')
}

/** The meta field a note gets when it is written in someone's analysis column. */
export const COLUMN_META = 'casusColumn'

/** The meta field the server sets on a note it blanked out (see the server's redactShape). */
export const REDACTED_META = 'redacted'
