import type { ExerciseTemplate } from '../templateSchema.ts'

/**
 * The first four columns stand side by side like the columns of a table: a note at the
 * same height in each column describes the same offer, so no table shape is needed.
 */
export const inKaartBrengenTemplate: ExerciseTemplate = {
  id: 'in-kaart-brengen',
  title: { nl: 'In kaart brengen', en: 'Mapping what exists' },
  description: {
    nl: 'Voor je iets nieuws begint, kijk je eerst wat er al is. Jullie zetten samen al het aanbod op een rij waar gezinnen elkaar ontmoeten, bij jullie Huis van het Kind en bij de partners: wat het is, waar het doorgaat, welke gezinnen er komen en wat het wil bereiken. Zo zien jullie ook wat er nog ontbreekt.',
    en: 'Before you start something new, look first at what is already there. Together you list every offer where families meet, at your Huis van het Kind and at your partners: what it is, where it takes place, which families come and what it aims for. That way you also see what is still missing.',
  },
  phases: [
    {
      id: 'verzamelen',
      title: { nl: 'Verzamelen', en: 'Collect' },
      instruction: {
        nl: 'Schrijf elk aanbod waar gezinnen elkaar ontmoeten op een eigen briefje in Wat, ook dat van partners: een spel- en ontmoetingsplek, een oudergroep, een praatcafé, een workshop met een sociale kant… Vul op dezelfde hoogte aan waar het doorgaat, wie er komt en wat het doel is.',
        en: 'Write every offer where families meet on its own note in What, including your partners’ offers: a play and meeting place, a parent group, a talk café, a workshop with a social side… At the same height, add where it takes place, who comes and what it aims for.',
      },
      durationMinutes: 15,
    },
    {
      id: 'samen-bekijken',
      title: { nl: 'Samen bekijken', en: 'Look together' },
      instruction: {
        nl: 'Overloop samen het overzicht. Wat valt op? Welk aanbod lijkt op elkaar, welke plekken of gezinnen komen vaak terug, en waarover weten jullie eigenlijk weinig?',
        en: 'Go through the overview together. What stands out? Which offers are alike, which places or families keep coming back, and what do you actually know little about?',
      },
      durationMinutes: 10,
    },
    {
      id: 'hiaten',
      title: { nl: 'Wat ontbreekt?', en: 'What is missing?' },
      instruction: {
        nl: 'Welke gezinnen, buurten, leeftijden of momenten vallen uit de boot? Schrijf elk gat op een briefje in Wat ontbreekt. Oplossingen zoeken komt later.',
        en: 'Which families, neighbourhoods, ages or times are left out? Write each gap on a note in What is missing. Looking for solutions comes later.',
      },
      durationMinutes: 10,
    },
  ],
  areas: [
    {
      id: 'wat',
      title: { nl: 'Wat (aanbod)', en: 'What (offer)' },
      instruction: {
        nl: 'Eén briefje per aanbod waar gezinnen elkaar ontmoeten, van jullie Huis van het Kind of van partners.',
        en: 'One note per offer where families meet, from your Huis van het Kind or from partners.',
      },
      x: 0,
      y: 0,
      w: 700,
      h: 1000,
    },
    {
      id: 'waar',
      title: { nl: 'Waar', en: 'Where' },
      instruction: {
        nl: 'Waar gaat het door? Zet je briefje op dezelfde hoogte als het aanbod.',
        en: 'Where does it take place? Put your note at the same height as the offer.',
      },
      x: 780,
      y: 0,
      w: 700,
      h: 1000,
    },
    {
      id: 'wie',
      title: { nl: 'Wie bereiken we', en: 'Who do we reach' },
      instruction: {
        nl: 'Welke gezinnen komen er, en via wie vinden ze de weg?',
        en: 'Which families come, and through whom do they find their way?',
      },
      x: 1560,
      y: 0,
      w: 700,
      h: 1000,
    },
    {
      id: 'doelen',
      title: { nl: 'Doelen', en: 'Goals' },
      instruction: {
        nl: 'Wat wil dit aanbod bereiken, voor kinderen, ouders of de buurt?',
        en: 'What does this offer aim for, for children, parents or the neighbourhood?',
      },
      x: 2340,
      y: 0,
      w: 700,
      h: 1000,
    },
    {
      id: 'hiaten',
      title: { nl: 'Wat ontbreekt (hiaten)', en: 'What is missing (gaps)' },
      instruction: {
        nl: 'Welke gezinnen, plekken, leeftijden of momenten ontbreken nog?',
        en: 'Which families, places, ages or times are still missing?',
      },
      x: 3120,
      y: 0,
      w: 700,
      h: 1000,
    },
  ],
}
