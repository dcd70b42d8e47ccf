import type { RecordLanguage } from '../exercises/ExerciseModule.ts'
import type { SessionRecord } from './sessionRecord.ts'

/**
 * The head of a record, the same in every form it takes (the page, Markdown, the PDF): its
 * heading, the facts under it and the name of its file. One place, so the three cannot drift.
 */
const words: Readonly<
  Record<
    RecordLanguage,
    {
      record: string
      date: string
      people: string
      peopleCount: (count: number) => string
      keptUntil: string
    }
  >
> = {
  nl: {
    record: 'Verslag',
    date: 'Datum',
    people: 'Deelnemers',
    peopleCount: (count) => (count === 1 ? '1 persoon' : `${count} personen`),
    keptUntil: 'Bewaard tot',
  },
  en: {
    record: 'Record',
    date: 'Date',
    people: 'Participants',
    peopleCount: (count) => (count === 1 ? '1 person' : `${count} people`),
    keptUntil: 'Kept until',
  },
}

export interface RecordFact {
  label: string
  value: string
}

/** "Verslag: <titel>". */
export function recordHeading(record: SessionRecord): string {
  return `${words[record.language].record}: ${record.title}`
}

/** Date, who took part (names, or a count after an anonymous round), until when it is kept. */
export function recordFacts(record: SessionRecord): RecordFact[] {
  const w = words[record.language]
  const facts: RecordFact[] = [
    { label: w.date, value: record.date },
    {
      label: w.people,
      value:
        record.people.kind === 'names'
          ? record.people.names.join(', ')
          : w.peopleCount(record.people.count),
    },
  ]
  if (record.keptUntil) facts.push({ label: w.keptUntil, value: record.keptUntil })
  return facts
}

/** `Verslag <titel> <yyyy-mm-dd>.<extension>`, the name a download is saved under. */
export function recordFileName(record: SessionRecord, extension: 'md' | 'pdf'): string {
  return `${words[record.language].record} ${record.title} ${record.date}.${extension}`
}
