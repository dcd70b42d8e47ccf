import type { Language } from '../../i18n/languages.ts'
import type { TranslationOf } from '../../i18n/message.ts'
import { useMessages } from '../../i18n/useT.ts'
import type { ErrorMessages } from '../ClientExercise.ts'

/**
 * The words of the case discussion, Flemish Dutch first. Kept beside the exercise (not in the
 * app's message files) so the exercise can change without touching anyone else's strings.
 */
const nl = {
  'section.heading': 'Casusbespreking',
  'section.intro':
    'Kies een methode, duid de inbrenger aan en kies een eigen casus of een oefencasus.',
  'method.heading': 'Methode',
  'method.start': 'Starten',
  'method.startLabel': 'Starten: de {title}',
  'method.steps': { one: '{count} stap · {minutes} min', other: '{count} stappen · {minutes} min' },
  'method.active': 'Bezig',
  'bringer.heading': 'Inbrenger',
  'bringer.label': 'Wie brengt de casus in?',
  'bringer.none': '— Nog niemand —',
  'bringer.save': 'Aanduiden',
  'bringer.current': 'Nu: {name}',
  'bringer.notChosen': 'Nog geen inbrenger aangeduid.',
  'bringer.offline': '(niet meer aanwezig)',
  'bringer.offlineHint':
    'De inbrenger is niet meer op het bord. De casus blijft staan; je kunt iemand anders aanduiden.',
  'bringer.badge': 'Inbrenger',
  'bringer.you': 'jij',
  'bringer.optionOffline': '{name} (offline)',
  'example.heading': 'De casus',
  'example.own': 'Eigen casus op het bord',
  'example.ownHint': 'De inbrenger schrijft de kern en de vraag in de zone De casus.',
  'example.choose': 'Oefencasus: {title}',
  'example.chosen': 'gekozen',
  'example.card': 'Oefencasus',
  'example.situation': 'De situatie',
  'example.question': 'De vraag van de inbrenger',
  'example.hide': 'Verberg de situatie',
  'example.show': 'Lees de situatie',
  'strip.label': 'Casusbespreking: inbrenger en afspraken van deze stap',
  'strip.noBringer': 'Nog geen inbrenger',
  'strip.goToColumn': 'Naar mijn kolom',
  'zone.now': 'Nu',
  'zone.nowLabel': 'Nu bezig: zone {title}',
  'column.mine': 'Jouw kolom',
  'nudge.questions-only': 'Een briefje is hier een vraag. Nog geen advies.',
  'nudge.own-column': 'Schrijf in je eigen kolom: elk kijkt eerst vanuit zichzelf.',
  'nudge.case-bringer': 'Alleen de inbrenger schrijft hier.',
  'nudge.case-bringer-me': 'Jij bent de inbrenger: schrijf hier wat je meeneemt.',
  'nudge.case-bringer-me-case': 'Jij bent de inbrenger: schrijf hier de kern en je vraag.',
  'nudge.noColumn': 'Je hebt geen eigen kolom: de begeleider en de inbrenger kijken mee.',
  'badge.question': 'Vraag',
  'badge.notQuestion': 'Een vraag?',
  'badge.questionLabel': 'Dit briefje is een vraag',
  'badge.notQuestionLabel': 'Dit briefje heeft nog geen vraagteken',
  'warning.bringerZone':
    'Deze zone is voor de inbrenger. Je briefje blijft staan; hoort het misschien in een andere zone?',
  'warning.dismiss': 'Begrepen',
  'privacy.title': 'Even over privacy',
  'privacy.body':
    'Gebruik geen namen of herkenbare details van gezinnen. Vertel de situatie zo dat niemand het gezin kan herkennen: zeg bijvoorbeeld “een moeder” of “een vader met twee kinderen”.',
  'privacy.more':
    'De begeleider kan een briefje voor iedereen afschermen als er toch iets herkenbaars op staat.',
  'privacy.ok': 'OK, begrepen',
  'redact.button': 'Afschermen',
  'redact.label': 'Scherm het gekozen briefje af voor iedereen',
  'redact.confirm':
    'Dit briefje afschermen voor iedereen? De tekst wordt gewist en kan niet terug worden gehaald.',
  'redact.done': 'Het briefje is afgeschermd.',
  'redact.failed': 'Afschermen lukte niet. Probeer het opnieuw.',
  'error.failed': 'Dat lukte niet. Probeer het opnieuw.',
} as const

export type CasusMessageKey = keyof typeof nl
type CasusMessages = TranslationOf<typeof nl>

const en: CasusMessages = {
  'section.heading': 'Case discussion',
  'section.intro': 'Choose a method, name the case-bringer and choose an own or a practice case.',
  'method.heading': 'Method',
  'method.start': 'Start',
  'method.startLabel': 'Start: the {title}',
  'method.steps': { one: '{count} step · {minutes} min', other: '{count} steps · {minutes} min' },
  'method.active': 'Running',
  'bringer.heading': 'Case-bringer',
  'bringer.label': 'Who brings the case?',
  'bringer.none': '— Nobody yet —',
  'bringer.save': 'Name',
  'bringer.current': 'Now: {name}',
  'bringer.notChosen': 'No case-bringer named yet.',
  'bringer.offline': '(no longer present)',
  'bringer.offlineHint':
    'The case-bringer has left the board. The case stays; you can name someone else.',
  'bringer.badge': 'Case-bringer',
  'bringer.you': 'you',
  'bringer.optionOffline': '{name} (offline)',
  'example.heading': 'The case',
  'example.own': 'Own case on the board',
  'example.ownHint': 'The case-bringer writes the core and the question in the zone The case.',
  'example.choose': 'Practice case: {title}',
  'example.chosen': 'chosen',
  'example.card': 'Practice case',
  'example.situation': 'The situation',
  'example.question': 'The case-bringer’s question',
  'example.hide': 'Hide the situation',
  'example.show': 'Read the situation',
  'strip.label': 'Case discussion: case-bringer and this step’s agreements',
  'strip.noBringer': 'No case-bringer yet',
  'strip.goToColumn': 'Go to my column',
  'zone.now': 'Now',
  'zone.nowLabel': 'Now: zone {title}',
  'column.mine': 'Your column',
  'nudge.questions-only': 'A note here is a question. No advice yet.',
  'nudge.own-column': 'Write in your own column: everyone looks from their own view first.',
  'nudge.case-bringer': 'Only the case-bringer writes here.',
  'nudge.case-bringer-me': 'You are the case-bringer: write here what you take away.',
  'nudge.case-bringer-me-case': 'You are the case-bringer: write the core and your question here.',
  'nudge.noColumn': 'You have no column of your own: the facilitator and case-bringer listen.',
  'badge.question': 'Question',
  'badge.notQuestion': 'A question?',
  'badge.questionLabel': 'This note is a question',
  'badge.notQuestionLabel': 'This note has no question mark yet',
  'warning.bringerZone':
    'This zone is for the case-bringer. Your note stays; does it perhaps belong in another zone?',
  'warning.dismiss': 'Got it',
  'privacy.title': 'A word about privacy',
  'privacy.body':
    'Do not use names or recognisable details of families. Tell the situation so that nobody can recognise the family: say “a mother” or “a father with two children”, for example.',
  'privacy.more':
    'The facilitator can hide a note for everyone if something recognisable is on it after all.',
  'privacy.ok': 'OK, understood',
  'redact.button': 'Hide text',
  'redact.label': 'Hide the selected note for everyone',
  'redact.confirm': 'Hide this note for everyone? Its text is erased and cannot be brought back.',
  'redact.done': 'The note is hidden.',
  'redact.failed': 'Hiding did not work. Please try again.',
  'error.failed': 'That did not work. Please try again.',
}

export const casusMessages: Readonly<Record<Language, CasusMessages>> = { nl, en }

export type CasusTranslate = (
  key: CasusMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** The translate function for this exercise, in the language of the rest of the UI. */
export function useCasusT(): CasusTranslate {
  return useMessages(casusMessages)
}

/** Why the server refused one of this exercise's commands, after "Dat lukte niet:". */
export const casusErrorMessages: ErrorMessages = {
  nl: { 'unknown-case': 'die oefencasus bestaat niet.' },
  en: { 'unknown-case': 'that practice case does not exist.' },
}
