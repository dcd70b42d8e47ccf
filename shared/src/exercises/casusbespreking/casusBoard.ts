/**
 * What a case discussion left on the board, as data: which notes lie in which zone of the
 * method, and in whose column for the analysis. Pure, so the page's result panel and the
 * session record read one and the same thing.
 */
import type { AreaState, ControlState, PersonState } from '../../control/controlState.ts'
import {
  type BoardText,
  boardTexts,
  containsPoint,
  findZone,
  textsIn,
} from '../../record/boardContent.ts'
import type { RecordInput } from '../ExerciseModule.ts'
import type { PhaseTemplate } from '../templateSchema.ts'
import { analysisColumns } from './analysisColumns.ts'
import type { CaseState } from './caseState.ts'
import { type ExampleCase, getExampleCase } from './exampleCases.ts'

/** The zone that holds the case and the case-bringer's question, in every method. */
export const CASE_AREA = 'casus'
/** The zone where the case-bringer writes what they take away, in every method. */
export const TAKEAWAY_AREA = 'wat-neem-ik-mee'
/** The meta field a note gets when it is written in someone's analysis column. */
export const CASUS_COLUMN_META = 'casusColumn'

/** One person's analysis: the notes in their column. */
export interface CasusAnalysis {
  /** Null for notes in the analysis zone that sit in nobody's column. */
  publicId: string | null
  name: string | null
  notes: BoardText[]
}

export interface CasusPhaseNotes {
  phase: PhaseTemplate
  /** Null when the phase writes in no zone, or its zone is not on the board. */
  zone: AreaState | null
  /** Every note in the phase's zone, in reading order. */
  notes: BoardText[]
  /** For a phase where each person writes in their own column: the notes by person. */
  analyses: CasusAnalysis[] | null
}

export interface CasusZoneNotes {
  zone: AreaState
  notes: BoardText[]
}

export interface CasusBoard {
  bringer: PersonState | null
  /** The practice case, when one was used instead of an own case. */
  exampleCase: ExampleCase | null
  /** For an own case: the notes in the case zone that ask something. */
  ownQuestions: BoardText[]
  /** Every note in the case zone. */
  caseNotes: BoardText[]
  /** Set when no phase writes in the case zone (the six-step method keeps it apart). */
  caseZone: AreaState | null
  phases: CasusPhaseNotes[]
  /** Zones of the method that no phase writes in, other than the case zone. */
  otherZones: CasusZoneNotes[]
  takeaway: BoardText[]
  /** How many notes in this method's zones a facilitator blanked out. */
  redactedCount: number
}

export type CasusBoardInput = Pick<
  RecordInput<CaseState>,
  'template' | 'instanceId' | 'control' | 'slice' | 'board'
>

/** A question is a note with a question mark: the nudge counts on people, not on grammar. */
export function looksLikeQuestion(text: string): boolean {
  return text.includes('?')
}

function findPerson(control: ControlState, publicId: string | null): PersonState | null {
  if (!publicId) return null
  return control.people.find((person) => person.publicId === publicId) ?? null
}

/**
 * The case discussion of one template copy, read from the board and session control.
 * `redactedText` stands in for every note a facilitator blanked out.
 */
export function readCasusBoard(input: CasusBoardInput, redactedText: string): CasusBoard {
  const { template, instanceId, control, slice } = input
  const texts = boardTexts(input.board, redactedText)
  const zoneOf = (areaId: string | undefined) =>
    areaId ? (findZone(control.areas, instanceId, areaId) ?? null) : null
  const inZone = (areaId: string | undefined) => {
    const zone = zoneOf(areaId)
    return zone ? textsIn(texts, zone) : []
  }
  const bringerPublicId = slice?.bringerPublicId ?? null
  const exampleCase = slice?.exampleCaseId ? (getExampleCase(slice.exampleCaseId) ?? null) : null
  const caseNotes = inZone(CASE_AREA)
  const phaseAreas = new Set(template.phases.map((phase) => phase.areaId))

  const phases = template.phases.map((phase): CasusPhaseNotes => {
    const zone = zoneOf(phase.areaId)
    const notes = zone ? textsIn(texts, zone) : []
    const analyses =
      phase.nudge === 'own-column' && zone
        ? casusAnalyses(zone, notes, control, bringerPublicId)
        : null
    return { phase, zone, notes, analyses }
  })
  const otherZones = template.areas.flatMap((area): CasusZoneNotes[] => {
    const zone = zoneOf(area.id)
    if (!zone || area.id === CASE_AREA || phaseAreas.has(area.id)) return []
    return [{ zone, notes: textsIn(texts, zone) }]
  })
  const zones = template.areas.flatMap((area) => zoneOf(area.id) ?? [])

  return {
    bringer: findPerson(control, bringerPublicId),
    exampleCase,
    ownQuestions: exampleCase
      ? []
      : caseNotes.filter((note) => !note.redacted && looksLikeQuestion(note.text)),
    caseNotes,
    caseZone: phaseAreas.has(CASE_AREA) ? null : zoneOf(CASE_AREA),
    phases,
    otherZones,
    takeaway: inZone(TAKEAWAY_AREA),
    redactedCount: texts.filter(
      (text) => text.redacted && zones.some((zone) => containsPoint(zone, text.center)),
    ).length,
  }
}

/**
 * The analysis zone's notes by person. A note written there carries the column it was
 * written in (`meta.casusColumn`), so the result does not depend on who is online when it is
 * read; older or untagged notes are placed by position against the columns of everyone who
 * took part. By name, with notes in nobody's column last.
 */
export function casusAnalyses(
  zone: AreaState,
  notes: readonly BoardText[],
  control: ControlState,
  bringerPublicId: string | null,
): CasusAnalysis[] {
  if (notes.length === 0) return []
  // Everyone who could have had a column: participants, not the facilitator or the bringer.
  const takingPart = control.people.filter(
    (person) => person.role !== 'facilitator' && person.publicId !== bringerPublicId,
  )
  const columns = analysisColumns(zone, takingPart)
  const byPerson = new Map<string | null, BoardText[]>()
  for (const note of notes) {
    const tagged = note.meta[CASUS_COLUMN_META]
    const owner =
      typeof tagged === 'string' && findPerson(control, tagged)
        ? tagged
        : (columns.find((column) => containsPoint(column, note.center))?.publicId ?? null)
    byPerson.set(owner, [...(byPerson.get(owner) ?? []), note])
  }
  const analyses = [...byPerson].map(([publicId, list]) => ({
    publicId,
    name: findPerson(control, publicId)?.name ?? null,
    notes: list,
  }))
  return analyses.sort((a, b) => {
    if (a.name === null) return b.name === null ? 0 : 1
    if (b.name === null) return -1
    return a.name.localeCompare(b.name, 'nl-BE')
  })
}
