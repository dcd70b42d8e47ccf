import type { BoardText } from '../../record/boardContent.ts'
import type { RecordBlock, RecordListItem, RecordSection } from '../../record/recordSection.ts'
import { commonRecordWords } from '../../record/recordWords.ts'
import type { RecordInput } from '../ExerciseModule.ts'
import type { LocalizedText } from '../templateSchema.ts'
import type { CaseState } from './caseState.ts'
import { readCasusBoard } from './casusBoard.ts'
import { casusRecordWords } from './recordWords.ts'

const MODULE_ID = 'casusbespreking'

/**
 * The case discussion's section: the method and the case-bringer, the case (a practice case,
 * or the question the bringer wrote), then every phase of the method with what was written in
 * its zone (the analysis by person), the takeaway among them in its own phase. Redacted notes
 * appear as the placeholder only.
 */
export function casusRecord(input: RecordInput<CaseState>): RecordSection {
  const { language, template } = input
  const words = casusRecordWords[language]
  const common = commonRecordWords[language]
  const local = (text: LocalizedText) => text[language] || text.nl
  const notesBlock = (notes: readonly BoardText[]): RecordBlock =>
    notes.length === 0
      ? { kind: 'paragraph', text: common.noNotes }
      : { kind: 'list', items: notes.map((note) => ({ text: note.text })) }

  const casus = readCasusBoard(input, common.redacted)
  const blocks: RecordBlock[] = [
    { kind: 'paragraph', text: words.method(local(template.title)) },
    {
      kind: 'paragraph',
      text: casus.bringer ? words.bringer(casus.bringer.name) : words.noBringer,
    },
    { kind: 'heading', text: casus.caseZone ? local(casus.caseZone.title) : words.theCase },
  ]
  const example = casus.exampleCase
  if (example) {
    blocks.push(
      { kind: 'paragraph', text: words.exampleCase(local(example.title)) },
      { kind: 'paragraph', text: local(example.situation) },
      { kind: 'paragraph', text: words.question(local(example.question)) },
    )
  } else {
    const question = casus.ownQuestions.map((note) => note.text).join(' ')
    blocks.push({ kind: 'paragraph', text: question ? words.question(question) : words.noQuestion })
  }
  // In a method where no phase writes in the case zone, its other notes appear only here.
  const asked = new Set(casus.ownQuestions.map((note) => note.id))
  const caseRest = casus.caseNotes.filter((note) => !asked.has(note.id))
  if (casus.caseZone && caseRest.length > 0) blocks.push(notesBlock(caseRest))

  for (const { phase, zone, notes, analyses } of casus.phases) {
    if (!zone) continue
    blocks.push({ kind: 'heading', text: local(phase.title) })
    if (analyses && analyses.length > 0) {
      blocks.push({
        kind: 'list',
        items: analyses.map(
          (analysis): RecordListItem => ({
            text: analysis.name ?? words.outsideColumns,
            items: analysis.notes.map((note) => ({ text: note.text })),
          }),
        ),
      })
    } else {
      blocks.push(notesBlock(notes))
    }
  }
  for (const { zone, notes } of casus.otherZones) {
    blocks.push({ kind: 'heading', text: local(zone.title) }, notesBlock(notes))
  }
  if (!casus.caseZone && casus.otherZones.length === 0 && casus.phases.every((p) => !p.zone)) {
    blocks.push({ kind: 'paragraph', text: common.notOnBoard })
  }
  if (casus.redactedCount > 0) {
    blocks.push({ kind: 'paragraph', text: words.redactedCount(casus.redactedCount) })
  }

  return {
    exerciseId: template.exercise ?? MODULE_ID,
    instanceId: input.instanceId,
    title: local(template.title),
    blocks,
  }
}
