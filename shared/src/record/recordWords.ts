import type { RecordLanguage } from '../exercises/ExerciseModule.ts'

/** Words every record section may need; each exercise keeps its own beside its module. */
export interface CommonRecordWords {
  /** Stands in for a note a facilitator blanked out: its old text never reaches a record. */
  redacted: string
  noNotes: string
  /** The template copy's zones are gone from session control (removed, or never placed). */
  notOnBoard: string
  /** The heading of notes written outside every zone. */
  otherNotes: string
}

export const commonRecordWords: Readonly<Record<RecordLanguage, CommonRecordWords>> = {
  nl: {
    redacted: 'Afgeschermd door de begeleider',
    noNotes: 'Geen briefjes.',
    notOnBoard: 'Deze oefening staat niet meer op het bord.',
    otherNotes: 'Overige notities',
  },
  en: {
    redacted: 'Hidden by the facilitator',
    noNotes: 'No notes.',
    notOnBoard: 'This exercise is no longer on the board.',
    otherNotes: 'Other notes',
  },
}
