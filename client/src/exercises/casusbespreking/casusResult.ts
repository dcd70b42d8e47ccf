import {
  type AreaState,
  analysisColumns,
  type ControlState,
  getExampleCase,
  getTemplate,
  type LocalizedText,
} from '@reflectiebord/shared'
import type { Language } from '../../i18n/languages.ts'
import {
  COLUMN_META,
  contains,
  findPerson,
  isNote,
  latestCasusInstance,
  type NoteLike,
  noteCenter,
  plainText,
  REDACTED_META,
  zonesOf,
} from './casusModel.ts'

/** One person's analysis: the notes in their column. */
export interface CasusAnalysis {
  /** Null for notes in the analysis zone that sit in nobody's column. */
  publicId: string | null
  name: string | null
  notes: string[]
}

/** What a case discussion produced, as data for the session record (export). */
export interface CasusResult {
  templateId: string
  instanceId: string
  method: LocalizedText
  bringer: { publicId: string; name: string } | null
  /** The practice case, when one was used instead of an own case. */
  exampleCase: { id: string; title: string; situation: string; question: string } | null
  /** The practice case's question, or the questions written in the case zone. */
  caseQuestion: string | null
  /** Every note in the case zone. */
  caseNotes: string[]
  /** First impressions (the six-step method's step 1). */
  firstImpressions: string[]
  /** The clarifying questions asked. */
  questions: string[]
  /** The analyses, one entry per person with a column (by name), loose notes last. */
  analyses: CasusAnalysis[]
  advice: string[]
  takeaway: string[]
  processReflection: string[]
  /** How many notes a facilitator blanked out; their text is gone. */
  redactedCount: number
}

interface Note {
  text: string
  center: { x: number; y: number }
  column: string | null
  redacted: boolean
}

function readNote(record: NoteLike): Note {
  const column = record.meta?.[COLUMN_META]
  return {
    text: plainText(record.props?.richText),
    center: noteCenter(record),
    column: typeof column === 'string' ? column : null,
    redacted: record.meta?.[REDACTED_META] === true,
  }
}

/** Reading order on a board: top to bottom, then left to right. */
function byPlace(a: Note, b: Note): number {
  return a.center.y - b.center.y || a.center.x - b.center.x
}

/**
 * The result of a case discussion, from the board's records and session control: which notes
 * lie in which zone of the method (by the note's middle), and for the analysis, in whose
 * column. Pure: the same board gives the same result, in any browser or on the server.
 *
 * A note written during the analysis carries the column it was written in (`meta.casusColumn`),
 * so the result does not depend on who is online when it is read; older or untagged notes are
 * placed by position against the columns of everyone who took part.
 */
export function casusResult(
  records: readonly { typeName: string; type?: string; id: string }[],
  control: ControlState,
  options: { instanceId?: string; language?: Language } = {},
): CasusResult | null {
  const language = options.language ?? 'nl'
  const instanceId = options.instanceId ?? latestCasusInstance(control)
  if (!instanceId) return null
  const zones = zonesOf(control, instanceId)
  const templateId = [...zones.values()][0]?.templateId ?? control.activity?.templateId
  const template = templateId ? getTemplate(templateId) : undefined
  if (template?.exercise !== 'casusbespreking') return null

  const notes = records.filter(isNote).map(readNote)
  const inZone = (areaId: string | undefined): Note[] => {
    const zone = areaId ? zones.get(areaId) : undefined
    if (!zone) return []
    return notes.filter((note) => contains(zone, note.center)).sort(byPlace)
  }
  const texts = (list: Note[]) => list.map((note) => note.text).filter((text) => text !== '')
  const phaseArea = (nudge: 'questions-only' | 'own-column') =>
    template.phases.find((phase) => phase.nudge === nudge)?.areaId

  const bringer = findPerson(control, control.case.bringerPublicId)
  const example = control.case.exampleCaseId ? getExampleCase(control.case.exampleCaseId) : null
  const caseNotes = inZone('casus')
  const ownQuestion = texts(caseNotes.filter((note) => note.text.includes('?')))

  return {
    templateId: template.id,
    instanceId,
    method: template.title,
    bringer: bringer ? { publicId: bringer.publicId, name: bringer.name } : null,
    exampleCase: example
      ? {
          id: example.id,
          title: example.title[language] || example.title.nl,
          situation: example.situation[language] || example.situation.nl,
          question: example.question[language] || example.question.nl,
        }
      : null,
    caseQuestion: example
      ? example.question[language] || example.question.nl
      : ownQuestion.length > 0
        ? ownQuestion.join('\n')
        : null,
    caseNotes: texts(caseNotes),
    firstImpressions: texts(inZone('inbrengen')),
    questions: texts(inZone(phaseArea('questions-only'))),
    analyses: analysesIn(zones.get(phaseArea('own-column') ?? ''), notes, control),
    advice: texts(inZone('adviezen')),
    takeaway: texts(inZone('wat-neem-ik-mee')),
    processReflection: texts(inZone('procesreflectie')),
    redactedCount: notes.filter((note) => note.redacted).length,
  }
}

function analysesIn(
  zone: AreaState | undefined,
  notes: readonly Note[],
  control: ControlState,
): CasusAnalysis[] {
  if (!zone) return []
  const inZone = notes.filter((note) => contains(zone, note.center)).sort(byPlace)
  if (inZone.length === 0) return []
  // Everyone who could have had a column: participants, not the facilitator or the bringer.
  const takingPart = control.people.filter(
    (person) => person.role !== 'facilitator' && person.publicId !== control.case.bringerPublicId,
  )
  const columns = analysisColumns(zone, takingPart)
  const byPerson = new Map<string | null, Note[]>()
  for (const note of inZone) {
    const owner =
      note.column && findPerson(control, note.column)
        ? note.column
        : (columns.find((column) => contains(column, note.center))?.publicId ?? null)
    byPerson.set(owner, [...(byPerson.get(owner) ?? []), note])
  }
  const entries: CasusAnalysis[] = []
  for (const [publicId, list] of byPerson) {
    const person = findPerson(control, publicId)
    entries.push({
      publicId,
      name: person?.name ?? null,
      notes: list.map((note) => note.text).filter((text) => text !== ''),
    })
  }
  return entries.sort((a, b) => {
    if (a.name === null) return 1
    if (b.name === null) return -1
    return a.name.localeCompare(b.name, 'nl-BE')
  })
}
