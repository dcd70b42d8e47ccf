import type { ExerciseTemplate } from '../templateSchema.ts'

export const reflecterenTemplate: ExerciseTemplate = {
  id: 'reflecteren',
  title: { nl: 'Reflecteren', en: 'Reflecting' },
  description: {
    nl: 'Stilstaan bij wat al goed loopt en wat sterker kan. Zes thema’s met open vragen over jullie ontmoetingswerking helpen jullie daarbij. Je denkt eerst alleen na, wisselt dan uit in kleine groepjes en brengt daarna samen het belangrijkste bij elkaar.',
    en: 'Take time to look at what already goes well and what could be stronger. Six themes with open questions about your work on meeting help you do that. You first think alone, then exchange in small groups, and then bring the most important points together as a whole group.',
  },
  phases: [
    {
      id: 'alleen',
      title: { nl: 'Alleen nadenken', en: 'Think alone' },
      instruction: {
        nl: 'Lees de vragen bij de thema’s en kies er een paar die je raken. Schrijf je eigen antwoorden op briefjes in het juiste thema: wat loopt goed, wat kan sterker? Eén gedachte per briefje.',
        en: 'Read the questions in the themes and pick a few that speak to you. Write your own answers on notes in the right theme: what goes well, what could be stronger? One thought per note.',
      },
      durationMinutes: 10,
    },
    {
      id: 'in-groepjes',
      title: { nl: 'In duo’s of groepjes', en: 'In pairs or small groups' },
      instruction: {
        nl: 'Bespreek in duo’s of kleine groepjes wat jullie schreven. Waar zijn jullie het over eens, waar kijken jullie anders? Kies wat jullie groepje straks aan iedereen wil vertellen.',
        en: 'In pairs or small groups, talk about what you wrote. Where do you agree, where do you see things differently? Choose what your group wants to tell everyone afterwards.',
      },
      durationMinutes: 15,
    },
    {
      id: 'plenair',
      title: { nl: 'Samen in de grote groep', en: 'Together as a whole group' },
      instruction: {
        nl: 'Elk groepje brengt kort zijn belangrijkste punten. Waar zijn jullie als team sterk in, en waar willen jullie een volgende stap zetten? Noteer dat bij het thema.',
        en: 'Each group briefly shares its main points. What are you strong at as a team, and where do you want to take a next step? Note it in the theme.',
      },
      durationMinutes: 15,
    },
  ],
  areas: [
    {
      id: 'visie',
      title: { nl: 'Visie', en: 'Vision' },
      instruction: {
        nl: 'Wat betekent ontmoeting voor ons, en waarom vinden we het belangrijk? Welke gezinnen willen we vooral bereiken?',
        en: 'What does meeting mean to us, and why do we find it important? Which families do we most want to reach?',
      },
      x: 0,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'vormen',
      title: {
        nl: 'Bewuste keuze van ontmoetingsvormen',
        en: 'Deliberate choice of forms of meeting',
      },
      instruction: {
        nl: 'Welke vormen van ontmoeting kiezen we, en waarom? Is ontmoeting bij ons een doel op zich of iets wat er vanzelf bij komt?',
        en: 'Which forms of meeting do we choose, and why? Is meeting a goal in itself for us, or something that just comes along?',
      },
      x: 880,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'houding',
      title: {
        nl: 'Reflectieve en participatieve houding',
        en: 'Reflective and participative attitude',
      },
      instruction: {
        nl: 'Staan we stil bij hoe we werken? Hoe betrekken we ouders en kinderen bij wat er gebeurt? Voelt iedereen zich welkom, zonder oordeel?',
        en: 'Do we take time to look at how we work? How do we involve parents and children in what happens? Does everyone feel welcome, without judgement?',
      },
      x: 1760,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'noden',
      title: { nl: 'Afstemming op noden van gezinnen', en: 'Fit with families’ needs' },
      instruction: {
        nl: 'Hoe weten we wat gezinnen nodig hebben en waar ze graag komen? Passen onze plannen bij wat we van hen horen?',
        en: 'How do we know what families need and where they like to go? Do our plans fit what we hear from them?',
      },
      x: 0,
      y: 980,
      w: 800,
      h: 900,
    },
    {
      id: 'toegankelijkheid',
      title: { nl: 'Toegankelijkheid en lage drempel', en: 'Accessibility and low threshold' },
      instruction: {
        nl: 'Vinden gezinnen makkelijk de weg naar ons? Wie bereiken we nog niet? Passen de plek en de uren bij hun leven?',
        en: 'Do families easily find their way to us? Who are we not reaching yet? Do the place and the times suit their lives?',
      },
      x: 880,
      y: 980,
      w: 800,
      h: 900,
    },
    {
      id: 'evaluatie',
      title: { nl: 'Reflectie en evaluatie', en: 'Reflection and evaluation' },
      instruction: {
        nl: 'Kijken we na een ontmoetingsmoment samen terug? Wat nemen we mee naar de volgende keer? Bekijken we ook ons aanbod als geheel?',
        en: 'Do we look back together after a meeting moment? What do we take to the next time? Do we also look at our offer as a whole?',
      },
      x: 1760,
      y: 980,
      w: 800,
      h: 900,
    },
  ],
}
