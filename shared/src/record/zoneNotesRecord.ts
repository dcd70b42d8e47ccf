import type { RecordInput } from '../exercises/ExerciseModule.ts'
import { boardTexts, findZone, textsIn } from './boardContent.ts'
import type { RecordBlock, RecordSection } from './recordSection.ts'
import { commonRecordWords } from './recordWords.ts'

/**
 * The section of an exercise that is nothing but zones to write in (the guide's movements):
 * each zone of this template copy, in the template's order, with what was written in it.
 */
export function zoneNotesRecord(input: RecordInput<unknown>): RecordSection {
  const { language, template, instanceId, control } = input
  const words = commonRecordWords[language]
  const texts = boardTexts(input.board, words.redacted)
  const blocks: RecordBlock[] = []
  for (const templateArea of template.areas) {
    const zone = findZone(control.areas, instanceId, templateArea.id)
    if (!zone) continue
    blocks.push({ kind: 'heading', text: zone.title[language] || zone.title.nl })
    const inZone = textsIn(texts, zone)
    blocks.push(
      inZone.length === 0
        ? { kind: 'paragraph', text: words.noNotes }
        : { kind: 'list', items: inZone.map((text) => ({ text: text.text })) },
    )
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: words.notOnBoard })
  return {
    // Each movement module has one template, with the module's id: the fallback is exact.
    exerciseId: template.exercise ?? template.id,
    instanceId,
    title: template.title[language] || template.title.nl,
    blocks,
  }
}
