import * as v from 'valibot'
import type { BoardRecord } from '../board/boardRecord.ts'
import type { ControlState } from '../control/controlState.ts'
import { type RecordLanguage, readSlice } from '../exercises/ExerciseModule.ts'
import type { ExerciseRegistry } from '../exercises/ExerciseRegistry.ts'
import type { Meeting } from '../session/timeTogether.ts'
import { boardTexts, containsPoint, inReadingOrder } from './boardContent.ts'
import { localDateTime, RECORD_TIME_ZONE } from './localTime.ts'
import { type RecordSection, RecordSectionSchema } from './recordSection.ts'
import { commonRecordWords } from './recordWords.ts'

/** The whole session on paper: what the record page, the Markdown and the PDF are made of. */
export const SessionRecordSchema = v.object({
  language: v.picklist(['nl', 'en']),
  title: v.string(),
  /**
   * The session's day, `yyyy-mm-dd` in Brussels: the day people first met in it, or the day it
   * was made when nobody has yet. Files are named for it.
   */
  date: v.string(),
  /**
   * When people were together (`yyyy-mm-ddTHH:MM`, Brussels): from the moment a second person
   * came in to the moment the last stretch together ended; null when nobody met yet.
   */
  period: v.nullable(v.object({ from: v.string(), to: v.string() })),
  /**
   * The session's duration ("duur"): whole minutes in which at least two people were in it at
   * once, summed (see `timeTogether.ts`); null when nobody met yet.
   */
  durationMinutes: v.nullable(v.number()),
  /** Who took part: their names, or only how many when a round was anonymous. */
  people: v.variant('kind', [
    v.object({ kind: v.literal('names'), names: v.array(v.string()) }),
    v.object({ kind: v.literal('count'), count: v.number() }),
  ]),
  /** One section per loaded exercise, in the order they were loaded, then other notes. */
  sections: v.array(RecordSectionSchema),
  /** Until when the server keeps the session, `yyyy-mm-dd` (Brussels), when it says. */
  keptUntil: v.nullable(v.string()),
  /** How many days after the last activity the server keeps the session, when it says. */
  retentionDays: v.nullable(v.number()),
})
export type SessionRecord = v.InferOutput<typeof SessionRecordSchema>

export interface SessionRecordInput {
  language: RecordLanguage
  session: { title: string; createdAt: number }
  control: ControlState
  board: readonly BoardRecord[]
  exercises: ExerciseRegistry
  /** When people were together in the session, as it stands now; null when never. */
  meeting?: Meeting | null
  /** How long the server keeps the session: until when (ms), counted as so many days. */
  retention?: { keptUntil: number; days: number } | null
  /** Where the dates and times are written for; Brussels unless told. */
  timeZone?: string
}

/**
 * The session record from session control and the board: each loaded template copy's
 * exercise writes its own section (see `ExerciseModule.record`), and notes written outside
 * every zone come last, as "Overige notities". Pure: the same input gives the same record.
 */
export function sessionRecord(input: SessionRecordInput): SessionRecord {
  const { language, control, board, exercises } = input
  const sections: RecordSection[] = []
  for (const { instanceId, templateId } of loadedInstances(control)) {
    const template = exercises.getTemplate(templateId)
    const module = exercises.moduleOfTemplate(templateId)
    if (!template || !module) continue
    sections.push(
      module.record({
        language,
        template,
        instanceId,
        control,
        slice: readSlice(control, module),
        board,
      }),
    )
  }
  const other = otherNotes(input)
  if (other) sections.push(other)
  const anonymous = control.sealed.some((box) => box.anonymous)
  const names = control.people
    .map((person) => person.name)
    .sort(new Intl.Collator('nl-BE', { sensitivity: 'base' }).compare)
  const timeZone = input.timeZone ?? RECORD_TIME_ZONE
  const meeting = input.meeting ?? null
  const from = meeting ? localDateTime(meeting.metAt, timeZone) : null
  const to = meeting ? localDateTime(meeting.endedAt, timeZone) : null
  return {
    language,
    title: input.session.title,
    date: from?.date ?? localDateTime(input.session.createdAt, timeZone).date,
    period: from && to ? { from: `${from.date}T${from.time}`, to: `${to.date}T${to.time}` } : null,
    durationMinutes: meeting ? Math.round(meeting.togetherMs / 60_000) : null,
    people: anonymous ? { kind: 'count', count: names.length } : { kind: 'names', names },
    sections,
    keptUntil: input.retention ? localDateTime(input.retention.keptUntil, timeZone).date : null,
    retentionDays: input.retention?.days ?? null,
  }
}

/** Loaded template copies in the order their zones were placed (first zone of each). */
function loadedInstances(control: ControlState): { instanceId: string; templateId: string }[] {
  const seen = new Map<string, string>()
  for (const area of control.areas) {
    if (!seen.has(area.instanceId)) seen.set(area.instanceId, area.templateId)
  }
  return [...seen].map(([instanceId, templateId]) => ({ instanceId, templateId }))
}

function otherNotes(input: SessionRecordInput): RecordSection | null {
  const words = commonRecordWords[input.language]
  const outside = boardTexts(input.board, words.redacted).filter(
    (text) => !input.control.areas.some((area) => containsPoint(area, text.center)),
  )
  if (outside.length === 0) return null
  return {
    exerciseId: 'board',
    instanceId: null,
    title: words.otherNotes,
    blocks: [
      {
        kind: 'list',
        items: inReadingOrder(outside, (text) => text.center).map((text) => ({ text: text.text })),
      },
    ],
  }
}
