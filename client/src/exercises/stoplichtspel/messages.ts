import type { Language } from '../../i18n/languages.ts'
import type { TranslationOf } from '../../i18n/message.ts'
import { useMessages } from '../../i18n/useT.ts'
import type { ErrorMessages } from '../ClientExercise.ts'

/**
 * The words of the stoplicht game, Flemish Dutch first: `panel.*` for the facilitator's
 * section, `vote.*` for the strip everyone votes in, `summary.*` for the overview. Kept
 * beside the exercise, so it can change without touching anyone else's strings.
 */
const nl = {
  'panel.heading': 'Stoplichtspel',
  'panel.intro':
    'Zet stellingen klaar, open ze één voor één om te stemmen en toon dan de stemmen aan iedereen tegelijk.',
  'panel.noGame': 'Nog geen stellingen. Kies uit de standaardset of typ een eigen stelling.',
  'panel.statementsHeading': 'Stellingen ({count})',
  'panel.statementLabel': 'Stelling {number}',
  'panel.moveUp': 'Omhoog',
  'panel.moveUpLabel': 'Stelling {number} een plaats omhoog',
  'panel.moveDown': 'Omlaag',
  'panel.moveDownLabel': 'Stelling {number} een plaats omlaag',
  'panel.remove': 'Verwijderen',
  'panel.removeLabel': 'Stelling {number} verwijderen',
  'panel.removeConfirm':
    'Stelling {number} verwijderen? De stemmen en notities die er al bij horen, verdwijnen uit het overzicht.',
  'panel.editHint': 'Pas de tekst aan en druk op Enter of klik ernaast om te bewaren.',
  'panel.error.empty': 'Vul een stelling in.',
  'panel.error.tooLong': 'Die stelling is te lang: gebruik maximaal {max} tekens.',
  'panel.error.controlCharacters': 'De stelling bevat onzichtbare tekens. Typ ze opnieuw.',
  'panel.error.tooMany': 'Een spel heeft maximaal {max} stellingen.',
  'panel.addLabel': 'Nieuwe stelling',
  'panel.addHint':
    'Schrijf ze als “wij”-zin over het team, bijvoorbeeld “We evalueren samen met ouders.”',
  'panel.add': 'Toevoegen',
  'panel.defaultSet': {
    one: 'Kies uit de standaardset ({count} stelling)',
    other: 'Kies uit de standaardset ({count} stellingen)',
  },
  'panel.defaultSetHint':
    'Geschreven vanuit de reflectiethema’s van de gids. Vink aan wat je wil gebruiken; wat al in je lijst staat, wordt niet dubbel toegevoegd.',
  'panel.defaultAll': 'Alles aanvinken',
  'panel.defaultNone': 'Niets aanvinken',
  'panel.defaultAdd': {
    one: '{count} gekozen stelling toevoegen',
    other: '{count} gekozen stellingen toevoegen',
  },
  'panel.defaultInList': '(staat al in de lijst)',
  'panel.setsHeading': 'Bewaarde sets',
  'panel.setsHint': 'Alleen in deze browser bewaard, voor een volgende sessie.',
  'panel.setName': 'Naam van de set',
  'panel.setNameDefault': 'Stellingen {date}',
  'panel.saveSet': 'Set bewaren',
  'panel.setSaved': 'Set “{name}” bewaard.',
  'panel.setLoad': 'Gebruiken',
  'panel.setLoadLabel': {
    one: 'Set “{name}” gebruiken ({count} stelling)',
    other: 'Set “{name}” gebruiken ({count} stellingen)',
  },
  'panel.setLoadConfirm':
    'De huidige lijst vervangen door de set “{name}”? Stemmen bij stellingen die niet in de set zitten, verdwijnen uit het overzicht.',
  'panel.setDelete': 'Vergeten',
  'panel.setDeleteLabel': 'Set “{name}” vergeten',
  'panel.setCount': { one: '{count} stelling', other: '{count} stellingen' },
  'panel.setsEmpty': 'Nog geen bewaarde sets.',
  'panel.anonymous': 'Anoniem stemmen',
  'panel.anonymousHint':
    'Na het tonen ziet iedereen alleen hoeveel groen, oranje en rood er kwam, niet wie wat koos.',
  'panel.anonymousLocked':
    'Er werd al anoniem gestemd in dit spel. Daarom blijft het anoniem: zo kan niemand achteraf herkend worden.',
  'panel.anonymousDuringRound': 'Je kan dit pas na het tonen van de stemmen veranderen.',
  'panel.nowHeading': 'Nu',
  'panel.nothingOpen': 'Er loopt geen stemming. Open een stelling uit de lijst.',
  'panel.open': 'Stemming openen',
  'panel.openLabel': 'Stemming openen over stelling {number}',
  'panel.openAgain': 'Nieuwe ronde',
  'panel.openAgainLabel': 'Nieuwe stemronde over stelling {number}',
  'panel.reveal': 'Toon de stemmen',
  'panel.revealHint': 'Iedereen ziet de stemmen tegelijk. Daarna kan niemand nog wijzigen.',
  'panel.roundAgain': 'Nog een ronde over deze stelling',
  'panel.nextStatement': 'Volgende stelling',
  'panel.lastStatement': 'Dit was de laatste stelling.',
  'panel.statusOpen': 'Stemming loopt (ronde {round})',
  'panel.statusRevealed': 'Stemmen getoond (ronde {round})',
  'panel.statusNotPlayed': 'Nog niet gestemd',
  'panel.statusPlayed': 'Gestemd: {rounds}',
  'panel.roundShort': 'ronde {round}: {tally}',
  'panel.tallyShort': '{groen} groen, {oranje} oranje, {rood} rood',
  'panel.progressFacilitator': {
    one: '{votes} van {count} deelnemer gestemd (begeleiders niet meegeteld)',
    other: '{votes} van {count} deelnemers gestemd (begeleiders niet meegeteld)',
  },
  'panel.progress': '{count} van {expected} gestemd',
  'panel.progressOver': '{votes} binnen ({online} online)',
  'panel.votes': { one: '{count} stem', other: '{count} stemmen' },
  'panel.participants': { one: '{count} deelnemer', other: '{count} deelnemers' },
  'panel.notesHeading': 'Wat nemen we mee?',
  'panel.notesFor': 'Notities bij',
  'panel.notesInput': 'Nieuwe notitie',
  'panel.notesAdd': 'Notitie toevoegen',
  'panel.notesRemove': 'Weg',
  'panel.notesRemoveLabel': 'Notitie “{note}” verwijderen',
  'panel.notesEmpty': 'Nog geen notities bij deze stelling.',
  'panel.notesTooMany': 'Maximaal {max} notities per stelling.',
  'panel.noteError.empty': 'Typ eerst een notitie.',
  'panel.noteError.tooLong': 'Die notitie is te lang: gebruik maximaal {max} tekens.',
  'panel.summaryShow': 'Overzicht tonen aan iedereen',
  'panel.summaryHint':
    'Alle stellingen met hun stemmen en notities. Een nieuwe stemming sluit het overzicht.',

  'vote.region': 'Stoplichtspel',
  'vote.statementOf': 'Stelling {number} van {count}',
  'vote.round': 'ronde {round}',
  'vote.anonymousBadge': 'Anoniem',
  'vote.namedBadge': 'Met namen',
  'vote.anonymousExplain': 'Na het tonen zie je alleen de aantallen, niet wie wat koos.',
  'vote.namedExplain': 'Na het tonen ziet iedereen wie wat koos.',
  'vote.choose': 'Kies je kleur',
  'vote.shortcutsHint':
    'Sneltoetsen: 1 of G voor groen, 2 of O voor oranje, 3 of R voor rood (niet terwijl je typt).',
  'vote.cardLabel': '{word}: {meaning}',
  'vote.yourVote': 'Je stem',
  'vote.in': 'Je stem is binnen: {word}. Je kan nog veranderen tot de begeleider de stemmen toont.',
  'vote.notYet':
    'Je hebt nog niet gestemd. Niemand ziet wat je kiest tot de stemmen getoond worden.',
  'vote.sending': 'Je stem wordt verstuurd…',
  'vote.error.box-closed': 'De stemming is al gesloten: je stem telde niet meer mee.',
  'vote.error.not-in-session':
    'Je stem kwam niet aan: je bent (nog) niet verbonden met de sessie. Probeer zo opnieuw.',
  'vote.error.session-closed': 'De sessie is gesloten: stemmen kan niet meer.',
  'vote.error.network': 'Je stem kwam niet aan: de server is niet bereikbaar. Probeer opnieuw.',
  'vote.error.other': 'Je stem kwam niet aan. Probeer opnieuw.',
  'vote.table': 'Op tafel',
  'vote.tableHidden':
    'Omgedraaide kaarten: niemand ziet wat er gekozen werd tot de begeleider de stemmen toont.',
  'vote.opened': 'Nieuwe stelling om over te stemmen: {statement} Kies met 1, 2 of 3.',
  'vote.resultHeading': 'Resultaat',
  'vote.announce': 'Resultaat: {groen} groen, {oranje} oranje, {rood} rood.',
  'vote.noVotes': 'Er werd niet gestemd in deze ronde.',
  'vote.yourVoteWas': 'Jij koos {word}.',
  'vote.votersHeading': 'Wie koos wat',
  'vote.votersAnonymous': 'Anoniem gestemd: je ziet alleen de aantallen.',
  'vote.ofTotal': 'van {total}',
  'vote.hide': 'Verbergen',
  'vote.show': 'Tonen',
  'vote.hideLabel': 'Stoplichtspel verbergen, zodat je het hele bord ziet',
  'vote.showLabel': 'Stoplichtspel weer tonen',
  'vote.collapsedOpen': 'Er loopt een stemming.',
  'vote.collapsedRevealed': 'De stemmen zijn getoond.',
  'vote.collapsedSummary': 'Het overzicht staat klaar.',
  'vote.notes': 'Wat we meenemen',

  'list.statementHeading': 'Stelling om over te stemmen',
  'list.resultsHeading': 'Uitslagen tot nu toe',
  'list.voter': '{name}: {word}',
  'summary.heading': 'Overzicht van het stoplichtspel',
  'summary.sort': 'Volgorde',
  'summary.sortPlayed': 'Zoals gespeeld',
  'summary.sortDisagreement': 'Meeste verschil eerst',
  'summary.filter': 'Alleen stellingen met verschil (wat of veel verschil)',
  'summary.empty': 'Geen stellingen om te tonen.',
  'summary.emptyFiltered': 'Bij geen enkele stelling verschilden jullie (nog) duidelijk.',
  'summary.notVoted': 'Nog niet over gestemd',
  'summary.round': 'Ronde {round}',
  'summary.spread.none': 'iedereen hetzelfde',
  'summary.spread.little': 'weinig verschil',
  'summary.spread.some': 'wat verschil',
  'summary.spread.much': 'veel verschil',
  'summary.polarised': 'groen én rood',
} as const

export type StoplichtMessageKey = keyof typeof nl

const en: TranslationOf<typeof nl> = {
  'panel.heading': 'Traffic-light game',
  'panel.intro':
    'Set up statements, open them one by one for voting, then reveal the votes to everyone at once.',
  'panel.noGame': 'No statements yet. Choose from the default set or type your own.',
  'panel.statementsHeading': 'Statements ({count})',
  'panel.statementLabel': 'Statement {number}',
  'panel.moveUp': 'Up',
  'panel.moveUpLabel': 'Move statement {number} up',
  'panel.moveDown': 'Down',
  'panel.moveDownLabel': 'Move statement {number} down',
  'panel.remove': 'Remove',
  'panel.removeLabel': 'Remove statement {number}',
  'panel.removeConfirm':
    'Remove statement {number}? Its votes and notes disappear from the summary.',
  'panel.editHint': 'Edit the text and press Enter or click elsewhere to save.',
  'panel.error.empty': 'Enter a statement.',
  'panel.error.tooLong': 'That statement is too long: use at most {max} characters.',
  'panel.error.controlCharacters':
    'The statement contains invisible characters. Please type it again.',
  'panel.error.tooMany': 'A game has at most {max} statements.',
  'panel.addLabel': 'New statement',
  'panel.addHint':
    'Write it as a “we” sentence about the team, e.g. “We evaluate together with parents.”',
  'panel.add': 'Add',
  'panel.defaultSet': {
    one: 'Choose from the default set ({count} statement)',
    other: 'Choose from the default set ({count} statements)',
  },
  'panel.defaultSetHint':
    'Written from the guide’s reflection themes. Tick what you want to use; what is already in your list is not added twice.',
  'panel.defaultAll': 'Tick all',
  'panel.defaultNone': 'Untick all',
  'panel.defaultAdd': {
    one: 'Add {count} chosen statement',
    other: 'Add {count} chosen statements',
  },
  'panel.defaultInList': '(already in the list)',
  'panel.setsHeading': 'Saved sets',
  'panel.setsHint': 'Kept in this browser only, for a next session.',
  'panel.setName': 'Name of the set',
  'panel.setNameDefault': 'Statements {date}',
  'panel.saveSet': 'Save set',
  'panel.setSaved': 'Set “{name}” saved.',
  'panel.setLoad': 'Use',
  'panel.setLoadLabel': {
    one: 'Use set “{name}” ({count} statement)',
    other: 'Use set “{name}” ({count} statements)',
  },
  'panel.setLoadConfirm':
    'Replace the current list with the set “{name}”? Votes on statements that are not in the set disappear from the summary.',
  'panel.setDelete': 'Forget',
  'panel.setDeleteLabel': 'Forget set “{name}”',
  'panel.setCount': { one: '{count} statement', other: '{count} statements' },
  'panel.setsEmpty': 'No saved sets yet.',
  'panel.anonymous': 'Vote anonymously',
  'panel.anonymousHint':
    'After the reveal everyone only sees how many chose green, orange and red, not who chose what.',
  'panel.anonymousLocked':
    'Votes in this game were already anonymous. It therefore stays anonymous, so no one can be recognised afterwards.',
  'panel.anonymousDuringRound': 'You can change this only after revealing the votes.',
  'panel.nowHeading': 'Now',
  'panel.nothingOpen': 'No vote is open. Open a statement from the list.',
  'panel.open': 'Open voting',
  'panel.openLabel': 'Open voting on statement {number}',
  'panel.openAgain': 'New round',
  'panel.openAgainLabel': 'New voting round on statement {number}',
  'panel.reveal': 'Reveal the votes',
  'panel.revealHint': 'Everyone sees the votes at the same time. After that no one can change.',
  'panel.roundAgain': 'Another round on this statement',
  'panel.nextStatement': 'Next statement',
  'panel.lastStatement': 'This was the last statement.',
  'panel.statusOpen': 'Voting open (round {round})',
  'panel.statusRevealed': 'Votes revealed (round {round})',
  'panel.statusNotPlayed': 'Not voted on yet',
  'panel.statusPlayed': 'Voted: {rounds}',
  'panel.roundShort': 'round {round}: {tally}',
  'panel.tallyShort': '{groen} green, {oranje} orange, {rood} red',
  'panel.progressFacilitator': {
    one: '{votes} of {count} participant voted (facilitators not counted)',
    other: '{votes} of {count} participants voted (facilitators not counted)',
  },
  'panel.progress': '{count} of {expected} voted',
  'panel.progressOver': '{votes} in ({online} online)',
  'panel.votes': { one: '{count} vote', other: '{count} votes' },
  'panel.participants': { one: '{count} participant', other: '{count} participants' },
  'panel.notesHeading': 'What do we take forward?',
  'panel.notesFor': 'Notes on',
  'panel.notesInput': 'New note',
  'panel.notesAdd': 'Add note',
  'panel.notesRemove': 'Remove',
  'panel.notesRemoveLabel': 'Remove note “{note}”',
  'panel.notesEmpty': 'No notes on this statement yet.',
  'panel.notesTooMany': 'At most {max} notes per statement.',
  'panel.noteError.empty': 'Type a note first.',
  'panel.noteError.tooLong': 'That note is too long: use at most {max} characters.',
  'panel.summaryShow': 'Show the summary to everyone',
  'panel.summaryHint': 'All statements with their votes and notes. Opening a new vote closes it.',

  'vote.region': 'Traffic-light game',
  'vote.statementOf': 'Statement {number} of {count}',
  'vote.round': 'round {round}',
  'vote.anonymousBadge': 'Anonymous',
  'vote.namedBadge': 'With names',
  'vote.anonymousExplain': 'After the reveal you only see the counts, not who chose what.',
  'vote.namedExplain': 'After the reveal everyone sees who chose what.',
  'vote.choose': 'Choose your colour',
  'vote.shortcutsHint':
    'Shortcuts: 1 or G for green, 2 or O for orange, 3 or R for red (not while typing).',
  'vote.cardLabel': '{word}: {meaning}',
  'vote.yourVote': 'Your vote',
  'vote.in':
    'Your vote is in: {word}. You can still change it until the facilitator reveals the votes.',
  'vote.notYet':
    'You have not voted yet. No one sees what you choose until the votes are revealed.',
  'vote.sending': 'Sending your vote…',
  'vote.error.box-closed': 'Voting had already closed: your vote no longer counted.',
  'vote.error.not-in-session':
    'Your vote did not arrive: you are not connected to the session (yet). Try again in a moment.',
  'vote.error.session-closed': 'The session is closed: voting is no longer possible.',
  'vote.error.network': 'Your vote did not arrive: the server cannot be reached. Try again.',
  'vote.error.other': 'Your vote did not arrive. Try again.',
  'vote.table': 'On the table',
  'vote.tableHidden':
    'Face-down cards: no one sees what was chosen until the facilitator reveals the votes.',
  'vote.opened': 'New statement to vote on: {statement} Choose with 1, 2 or 3.',
  'vote.resultHeading': 'Result',
  'vote.announce': 'Result: {groen} green, {oranje} orange, {rood} red.',
  'vote.noVotes': 'No one voted in this round.',
  'vote.yourVoteWas': 'You chose {word}.',
  'vote.votersHeading': 'Who chose what',
  'vote.votersAnonymous': 'Anonymous vote: you only see the counts.',
  'vote.ofTotal': 'of {total}',
  'vote.hide': 'Hide',
  'vote.show': 'Show',
  'vote.hideLabel': 'Hide the traffic-light game, to see the whole board',
  'vote.showLabel': 'Show the traffic-light game again',
  'vote.collapsedOpen': 'A vote is open.',
  'vote.collapsedRevealed': 'The votes have been revealed.',
  'vote.collapsedSummary': 'The summary is ready.',
  'vote.notes': 'What we take forward',

  'list.statementHeading': 'Statement to vote on',
  'list.resultsHeading': 'Results so far',
  'list.voter': '{name}: {word}',
  'summary.heading': 'Summary of the traffic-light game',
  'summary.sort': 'Order',
  'summary.sortPlayed': 'As played',
  'summary.sortDisagreement': 'Most difference first',
  'summary.filter': 'Only statements with difference (some or much)',
  'summary.empty': 'No statements to show.',
  'summary.emptyFiltered': 'You did not (yet) clearly differ on any statement.',
  'summary.notVoted': 'Not voted on yet',
  'summary.round': 'Round {round}',
  'summary.spread.none': 'everyone the same',
  'summary.spread.little': 'little difference',
  'summary.spread.some': 'some difference',
  'summary.spread.much': 'much difference',
  'summary.polarised': 'green and red',
}

export const stoplichtMessages: Readonly<Record<Language, TranslationOf<typeof nl>>> = { nl, en }

export type StoplichtTranslate = (
  key: StoplichtMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** The translate function for this exercise, in the language of the rest of the UI. */
export function useStoplichtT(): StoplichtTranslate {
  return useMessages(stoplichtMessages)
}

/** Why the server refused one of this game's commands, after "Dat lukte niet:". */
export const stoplichtErrorMessages: ErrorMessages = {
  nl: {
    'invalid-statement':
      'een stelling is leeg, te lang (maximaal 280 tekens) of komt twee keer voor.',
    'unknown-statement': 'die stelling bestaat niet (meer) in dit spel.',
    'no-game': 'zet eerst de stellingen klaar.',
    'round-open': 'er loopt nog een stemming. Toon eerst de stemmen.',
    'no-open-round': 'er loopt geen stemming om te tonen.',
    'anonymity-locked':
      'in dit spel werd al anoniem gestemd. Het blijft anoniem, zodat niemand achteraf herkenbaar wordt.',
    'invalid-note': 'een notitie is leeg of te lang (maximaal 280 tekens).',
  },
  en: {
    'invalid-statement':
      'a statement is empty, too long (at most 280 characters) or appears twice.',
    'unknown-statement': 'that statement is not (or no longer) in this game.',
    'no-game': 'set up the statements first.',
    'round-open': 'a vote is still open. Reveal the votes first.',
    'no-open-round': 'there is no open vote to reveal.',
    'anonymity-locked':
      'votes in this game were already anonymous. It stays anonymous, so no one becomes recognisable afterwards.',
    'invalid-note': 'a note is empty or too long (at most 280 characters).',
  },
}
