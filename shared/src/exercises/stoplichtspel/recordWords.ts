import type { RecordLanguage } from '../ExerciseModule.ts'
import type { SpreadLevel } from './spread.ts'

/** The stoplichtspel's words in the session record; colour names come from `voteCue`. */
export interface StoplichtRecordWords {
  notPlayed: string
  statement: (number: number, text: string) => string
  tableCaption: (number: number) => string
  round: string
  total: string
  roundCell: (round: number, anonymous: boolean) => string
  notVoted: string
  noVotesLastRound: string
  spread: (level: string, polarised: boolean) => string
  spreadLevel: Readonly<Record<SpreadLevel, string>>
  notes: string
  mostDifference: string
  noDifference: string
}

export const stoplichtRecordWords: Readonly<Record<RecordLanguage, StoplichtRecordWords>> = {
  nl: {
    notPlayed: 'Er werd niet over stellingen gestemd.',
    statement: (number, text) => `Stelling ${number}: ${text}`,
    tableCaption: (number) => `Stemmen bij stelling ${number}, per ronde`,
    round: 'Ronde',
    total: 'Totaal',
    roundCell: (round, anonymous) => (anonymous ? `${round} (anoniem)` : String(round)),
    notVoted: 'Nog niet over gestemd.',
    noVotesLastRound: 'In de laatste ronde werd niet gestemd.',
    spread: (level, polarised) =>
      `Verschil in de laatste ronde: ${level}${polarised ? ' (groen én rood)' : ''}.`,
    spreadLevel: {
      none: 'iedereen hetzelfde',
      little: 'weinig verschil',
      some: 'wat verschil',
      much: 'veel verschil',
    },
    notes: 'Wat we meenemen:',
    mostDifference: 'Waar jullie het meest verschilden',
    noDifference: 'Bij geen enkele stelling verschilden jullie duidelijk.',
  },
  en: {
    notPlayed: 'No statements were voted on.',
    statement: (number, text) => `Statement ${number}: ${text}`,
    tableCaption: (number) => `Votes on statement ${number}, per round`,
    round: 'Round',
    total: 'Total',
    roundCell: (round, anonymous) => (anonymous ? `${round} (anonymous)` : String(round)),
    notVoted: 'Not voted on yet.',
    noVotesLastRound: 'Nobody voted in the last round.',
    spread: (level, polarised) =>
      `Difference in the last round: ${level}${polarised ? ' (green and red)' : ''}.`,
    spreadLevel: {
      none: 'everyone the same',
      little: 'little difference',
      some: 'some difference',
      much: 'much difference',
    },
    notes: 'What we take forward:',
    mostDifference: 'Where you differed most',
    noDifference: 'You did not clearly differ on any statement.',
  },
}
