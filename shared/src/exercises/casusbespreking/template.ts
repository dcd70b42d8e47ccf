import type { ExerciseTemplate } from '../templateSchema.ts'

/**
 * Each step's zone shares its id with the phase, so the board can light up the zone that
 * belongs to the active step. The guide's waiting-room cases are not in our sources, so the
 * case text is left for the group to write.
 */
export const casusbesprekingTemplate: ExerciseTemplate = {
  id: 'casusbespreking',
  title: { nl: 'Casusbespreking', en: 'Case discussion' },
  description: {
    nl: 'Samen leren uit een concrete situatie. Een deelnemer, de inbrenger, brengt een casus en een vraag mee: uit het eigen werk of een voorbeeld, zoals een situatie in de wachtruimte. In zes stappen met elk een eigen tijd stellen jullie vragen, kijken jullie samen naar de situatie en zoeken jullie andere aanpakken. De inbrenger sluit af met wat die meeneemt.',
    en: 'Learn together from a concrete situation. One participant, the case-bringer, brings a case and a question: from their own work or an example, such as a situation in the waiting room. In six steps, each with its own time, you ask questions, look at the situation together and look for other approaches. The case-bringer closes with what they take away.',
  },
  phases: [
    {
      id: 'inbrengen',
      areaId: 'inbrengen',
      title: { nl: '1. De casus inbrengen', en: '1. Bringing in the case' },
      instruction: {
        nl: 'De inbrenger vertelt de situatie en sluit af met één duidelijke vraag aan de groep. De inbrenger zet de kern en de vraag in De casus; de anderen luisteren, onderbreken niet en noteren wat hen opvalt in Eerste indrukken. Denk aan privacy: geen namen of details waaraan je een gezin herkent.',
        en: 'The case-bringer describes the situation and ends with one clear question for the group. The case-bringer puts the core and the question in The case; the others listen without interrupting and note what strikes them in First impressions. Mind privacy: no names or details that could identify a family.',
      },
      durationMinutes: 5,
    },
    {
      id: 'verhelderende-vragen',
      areaId: 'verhelderende-vragen',
      nudge: 'questions-only',
      title: { nl: '2. Verhelderende vragen', en: '2. Clarifying questions' },
      instruction: {
        nl: 'Stel alleen vragen om de situatie beter te begrijpen: wie, wat, wanneer, hoe? Nog geen advies, ook geen verpakte tips zoals ‘Heb je al eens geprobeerd om…?’. De inbrenger antwoordt kort.',
        en: 'Only ask questions to understand the situation better: who, what, when, how? No advice yet, not even tips dressed up as questions, such as ‘Have you tried…?’. The case-bringer answers briefly.',
      },
      durationMinutes: 10,
    },
    {
      id: 'analyse',
      areaId: 'analyse',
      nudge: 'own-column',
      title: { nl: '3. Analyse', en: '3. Analysis' },
      instruction: {
        nl: 'Iedereen kijkt vanuit zichzelf naar de casus: wat zie ik gebeuren? Wat zou ik voelen in de schoenen van de inbrenger of van het gezin? Schrijf je gedachten op briefjes. De inbrenger luistert.',
        en: 'Everyone looks at the case from their own point of view: what do I see happening? What would I feel in the shoes of the case-bringer or of the family? Write your thoughts on notes. The case-bringer listens.',
      },
      durationMinutes: 10,
    },
    {
      id: 'adviezen',
      areaId: 'adviezen',
      title: { nl: '4. Adviezen en andere aanpakken', en: '4. Advice and other approaches' },
      instruction: {
        nl: 'Nu mag het: welke tips, ideeën of andere aanpakken zie je? Breng ze als mogelijkheid, niet als opdracht, bijvoorbeeld ‘Je zou kunnen…’. De inbrenger luistert en hoeft nog niet te reageren.',
        en: 'Now it’s time: which tips, ideas or other approaches do you see? Offer them as a possibility, not an instruction, for example ‘You could…’. The case-bringer listens and doesn’t have to respond yet.',
      },
      durationMinutes: 10,
    },
    {
      id: 'wat-neem-ik-mee',
      areaId: 'wat-neem-ik-mee',
      nudge: 'case-bringer',
      title: { nl: '5. Wat neem ik mee?', en: '5. What do I take away?' },
      instruction: {
        nl: 'De inbrenger vertelt wat is blijven hangen: welk inzicht, welke vraag of welk idee neemt die mee naar de praktijk? Zet het in de zone Wat neem ik mee?',
        en: 'The case-bringer says what stuck: which insight, question or idea do they take back to their practice? Put it in the What do I take away? zone.',
      },
      durationMinutes: 5,
    },
    {
      id: 'procesreflectie',
      areaId: 'procesreflectie',
      title: { nl: '6. Terugblik op het proces', en: '6. Looking back on the process' },
      instruction: {
        nl: 'Kijk kort terug op hoe jullie samen gewerkt hebben. Wat hielp? Hielden jullie je aan de stappen? Wat doen jullie een volgende keer anders?',
        en: 'Look back briefly at how you worked together. What helped? Did you keep to the steps? What will you do differently next time?',
      },
      durationMinutes: 5,
    },
  ],
  areas: [
    {
      id: 'casus',
      title: { nl: 'De casus', en: 'The case' },
      instruction: {
        nl: 'Schrijf hier de kern van de situatie en de vraag van de inbrenger. Laat namen en details weg waaraan je een gezin herkent.',
        en: 'Write the core of the situation and the case-bringer’s question here. Leave out names and details that could identify a family.',
      },
      x: 0,
      y: 0,
      w: 800,
      h: 1680,
    },
    {
      id: 'inbrengen',
      title: { nl: '1. Eerste indrukken', en: '1. First impressions' },
      instruction: {
        nl: 'Noteer wat je opvalt terwijl de inbrenger vertelt. Je vragen bewaar je voor de volgende stap.',
        en: 'Note what strikes you while the case-bringer speaks. Save your questions for the next step.',
      },
      x: 880,
      y: 0,
      w: 700,
      h: 800,
    },
    {
      id: 'verhelderende-vragen',
      title: { nl: '2. Verhelderende vragen', en: '2. Clarifying questions' },
      instruction: {
        nl: 'Eén vraag per briefje: om te begrijpen, niet om te sturen. Nog geen advies.',
        en: 'One question per note: to understand, not to steer. No advice yet.',
      },
      x: 1660,
      y: 0,
      w: 700,
      h: 800,
    },
    {
      id: 'analyse',
      title: {
        nl: '3. Wat zie ik, wat zou ik voelen?',
        en: '3. What do I see, what would I feel?',
      },
      instruction: {
        nl: 'Wat zie je gebeuren in deze situatie? Wat zou je voelen als jij de inbrenger of de ouder was?',
        en: 'What do you see happening in this situation? What would you feel if you were the case-bringer or the parent?',
      },
      x: 2440,
      y: 0,
      w: 700,
      h: 800,
    },
    {
      id: 'adviezen',
      title: { nl: '4. Adviezen en andere aanpakken', en: '4. Advice and other approaches' },
      instruction: {
        nl: 'Welke tip, welk idee of welke andere aanpak zie je? Eén idee per briefje.',
        en: 'Which tip, idea or other approach do you see? One idea per note.',
      },
      x: 880,
      y: 880,
      w: 700,
      h: 800,
    },
    {
      id: 'wat-neem-ik-mee',
      title: { nl: '5. Wat neem ik mee?', en: '5. What do I take away?' },
      instruction: {
        nl: 'Voor de inbrenger: welk inzicht, welke vraag of welk idee neem je mee naar je werk?',
        en: 'For the case-bringer: which insight, question or idea do you take back to your work?',
      },
      x: 1660,
      y: 880,
      w: 700,
      h: 800,
    },
    {
      id: 'procesreflectie',
      title: { nl: '6. Terugblik op het proces', en: '6. Looking back on the process' },
      instruction: {
        nl: 'Wat hielp in dit gesprek? Wat doen we een volgende keer anders?',
        en: 'What helped in this conversation? What will we do differently next time?',
      },
      x: 2440,
      y: 880,
      w: 700,
      h: 800,
    },
  ],
}
