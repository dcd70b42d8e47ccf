import type { RecordLanguage } from '../ExerciseModule.ts'

/** The case discussion's words in the session record. */
export interface CasusRecordWords {
  method: (title: string) => string
  bringer: (name: string) => string
  noBringer: string
  theCase: string
  exampleCase: (title: string) => string
  question: (question: string) => string
  noQuestion: string
  outsideColumns: string
  redactedCount: (count: number) => string
}

export const casusRecordWords: Readonly<Record<RecordLanguage, CasusRecordWords>> = {
  nl: {
    method: (title) => `Methode: ${title}`,
    bringer: (name) => `Inbrenger: ${name}`,
    noBringer: 'Inbrenger: niet aangeduid',
    theCase: 'De casus',
    exampleCase: (title) => `Oefencasus: ${title}`,
    question: (question) => `Vraag van de inbrenger: ${question}`,
    noQuestion: 'De vraag van de inbrenger staat niet op het bord.',
    outsideColumns: 'Buiten de kolommen',
    redactedCount: (count) =>
      count === 1
        ? 'De begeleider schermde 1 briefje af; de tekst ervan staat niet in dit verslag.'
        : `De begeleider schermde ${count} briefjes af; de tekst ervan staat niet in dit verslag.`,
  },
  en: {
    method: (title) => `Method: ${title}`,
    bringer: (name) => `Case-bringer: ${name}`,
    noBringer: 'Case-bringer: not chosen',
    theCase: 'The case',
    exampleCase: (title) => `Practice case: ${title}`,
    question: (question) => `The case-bringer’s question: ${question}`,
    noQuestion: 'The case-bringer’s question is not on the board.',
    outsideColumns: 'Outside the columns',
    redactedCount: (count) =>
      count === 1
        ? 'The facilitator hid 1 note; its text is not in this record.'
        : `The facilitator hid ${count} notes; their text is not in this record.`,
  },
}
