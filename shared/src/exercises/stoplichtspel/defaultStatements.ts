import type { LocalizedText } from '../templateSchema.ts'
import type { Statement } from './statement.ts'

/**
 * The guide's six reflection themes. The ids are the area ids of the Reflecteren template,
 * so a statement's theme can point the team to the matching area there.
 */
export const THEME_IDS = [
  'visie',
  'vormen',
  'houding',
  'noden',
  'toegankelijkheid',
  'evaluatie',
] as const

export type ThemeId = (typeof THEME_IDS)[number]

export interface ReflectionTheme {
  id: ThemeId
  label: LocalizedText
}

export const reflectionThemes: readonly ReflectionTheme[] = [
  { id: 'visie', label: { nl: 'Visie', en: 'Vision' } },
  {
    id: 'vormen',
    label: {
      nl: 'Bewuste keuze van ontmoetingsvormen',
      en: 'Deliberate choice of forms of meeting',
    },
  },
  {
    id: 'houding',
    label: {
      nl: 'Reflectieve en participatieve houding',
      en: 'Reflective and participative attitude',
    },
  },
  {
    id: 'noden',
    label: { nl: 'Afstemming op de noden van gezinnen', en: 'Fit with families’ needs' },
  },
  {
    id: 'toegankelijkheid',
    label: { nl: 'Toegankelijkheid en lage drempel', en: 'Accessibility and low threshold' },
  },
  { id: 'evaluatie', label: { nl: 'Reflectie en evaluatie', en: 'Reflection and evaluation' } },
]

export type ThemedStatement = Statement & { theme: ThemeId }

/**
 * A starting set the facilitator can trim or add to. Written in our own words from the guide's
 * themes, as "we" statements about the team, so that a vote says how a person sees the team
 * and a red vote reads as "we can do better here", not as blame. Three per theme.
 */
export const defaultStatements: readonly ThemedStatement[] = [
  {
    id: 'visie-waarom',
    theme: 'visie',
    text: {
      nl: 'We weten waarom we inzetten op ontmoeting.',
      en: 'We know why we put our effort into meeting.',
    },
  },
  {
    id: 'visie-gedeeld',
    theme: 'visie',
    text: {
      nl: 'Iedereen in ons team kan in een paar zinnen vertellen wat ontmoeting voor ons betekent.',
      en: 'Everyone in our team can say in a few sentences what meeting means to us.',
    },
  },
  {
    id: 'visie-partners',
    theme: 'visie',
    text: {
      nl: 'Onze partners kijken op dezelfde manier naar ontmoeting als wij.',
      en: 'Our partners look at meeting the same way we do.',
    },
  },
  {
    id: 'vormen-bewust',
    theme: 'vormen',
    text: {
      nl: 'We kiezen onze ontmoetingsvormen bewust, niet uit gewoonte.',
      en: 'We choose our forms of meeting deliberately, not out of habit.',
    },
  },
  {
    id: 'vormen-plaats',
    theme: 'vormen',
    text: {
      nl: 'Het is voor ons duidelijk of ontmoeting een hoofddoel is of iets wat er gewoon bij komt.',
      en: 'It is clear to us whether meeting is a main goal or something that simply comes along.',
    },
  },
  {
    id: 'vormen-kern',
    theme: 'vormen',
    text: {
      nl: 'Ook als er iets anders op het programma staat, blijft het samenzijn centraal.',
      en: 'Even when something else is on the programme, being together stays at the centre.',
    },
  },
  {
    id: 'houding-stilstaan',
    theme: 'houding',
    text: {
      nl: 'We nemen tijd om stil te staan bij hoe we zelf met gezinnen omgaan.',
      en: 'We take time to reflect on how we ourselves work with families.',
    },
  },
  {
    id: 'houding-inspraak',
    theme: 'houding',
    text: {
      nl: 'Ouders en kinderen beslissen mee over hoe onze ontmoetingsmomenten eruitzien.',
      en: 'Parents and children have a say in what our meeting moments look like.',
    },
  },
  {
    id: 'houding-eigen-tempo',
    theme: 'houding',
    text: {
      nl: 'Ouders kiezen bij ons zelf hoe en hoeveel ze meedoen.',
      en: 'With us, parents choose for themselves how and how much they take part.',
    },
  },
  {
    id: 'noden-weten',
    theme: 'noden',
    text: {
      nl: 'We weten wat de gezinnen in onze buurt nodig hebben.',
      en: 'We know what the families in our neighbourhood need.',
    },
  },
  {
    id: 'noden-vragen',
    theme: 'noden',
    text: {
      nl: 'We vragen gezinnen zelf wat ze belangrijk vinden als ze samenkomen.',
      en: 'We ask families themselves what matters to them when they come together.',
    },
  },
  {
    id: 'noden-landschap',
    theme: 'noden',
    text: {
      nl: 'We weten welke ontmoetingsplekken er rond ons al zijn en wat er nog ontbreekt.',
      en: 'We know which meeting places already exist around us and what is still missing.',
    },
  },
  {
    id: 'toegang-vinden',
    theme: 'toegankelijkheid',
    text: {
      nl: 'Gezinnen vinden onze ontmoetingsplek gemakkelijk.',
      en: 'Families find our meeting place easily.',
    },
  },
  {
    id: 'toegang-uren',
    theme: 'toegankelijkheid',
    text: {
      nl: 'Onze ontmoetingsmomenten vallen op uren die passen in het leven van gezinnen.',
      en: 'Our meeting moments are at hours that fit into families’ lives.',
    },
  },
  {
    id: 'toegang-bereik',
    theme: 'toegankelijkheid',
    text: {
      nl: 'We bereiken ook de gezinnen die minder snel de weg naar ons vinden.',
      en: 'We also reach the families who are less likely to find their way to us.',
    },
  },
  {
    id: 'evaluatie-na-elk',
    theme: 'evaluatie',
    text: {
      nl: 'We evalueren na elk ontmoetingsmoment.',
      en: 'We evaluate after each meeting moment.',
    },
  },
  {
    id: 'evaluatie-signalen',
    theme: 'evaluatie',
    text: {
      nl: 'Wat ons opvalt tijdens een moment, nemen we mee naar de volgende keer.',
      en: 'What we notice during a moment, we take with us to the next time.',
    },
  },
  {
    id: 'evaluatie-bijsturen',
    theme: 'evaluatie',
    text: {
      nl: 'We bekijken geregeld ons hele aanbod, ook met wat ouders ons vertellen, en sturen bij waar nodig.',
      en: 'We regularly look at everything we offer, also using what parents tell us, and adjust where needed.',
    },
  },
]
