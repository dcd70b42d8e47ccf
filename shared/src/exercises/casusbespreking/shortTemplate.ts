import type { ExerciseTemplate } from '../templateSchema.ts'

/**
 * The short method: four steps in under half an hour, for a team meeting with little time or
 * a first try of intervision. Same exercise behaviour as the six-step method.
 */
export const casusbesprekingKortTemplate: ExerciseTemplate = {
  id: 'casusbespreking-kort',
  title: { nl: 'Korte casusbespreking', en: 'Short case discussion' },
  description: {
    nl: 'Een casus in vier stappen en een half uur: de inbrenger vertelt, de groep vraagt door, geeft adviezen, en de inbrenger zegt wat die meeneemt. Goed voor een teamoverleg of om intervisie eens te proberen.',
    en: 'A case in four steps and half an hour: the case-bringer tells, the group asks, gives advice, and the case-bringer says what they take away. Good for a team meeting or a first try of intervision.',
  },
  phases: [
    {
      id: 'inbrengen',
      areaId: 'casus',
      nudge: 'case-bringer',
      title: { nl: '1. De casus en de vraag', en: '1. The case and the question' },
      instruction: {
        nl: 'De inbrenger schrijft de kern van de situatie en één vraag in De casus en licht kort toe. Geen namen of details waaraan je een gezin herkent.',
        en: 'The case-bringer writes the core of the situation and one question in The case and explains briefly. No names or details that could identify a family.',
      },
      durationMinutes: 5,
    },
    {
      id: 'vragen',
      areaId: 'vragen',
      nudge: 'questions-only',
      title: { nl: '2. Doorvragen', en: '2. Asking questions' },
      instruction: {
        nl: 'Stel vragen om de situatie te begrijpen. Nog geen tips: een briefje is hier een vraag.',
        en: 'Ask questions to understand the situation. No tips yet: a note here is a question.',
      },
      durationMinutes: 5,
    },
    {
      id: 'adviezen',
      areaId: 'adviezen',
      title: { nl: '3. Adviezen', en: '3. Advice' },
      instruction: {
        nl: 'Wat zou jij proberen? Eén idee per briefje. De inbrenger luistert en kiest later zelf.',
        en: 'What would you try? One idea per note. The case-bringer listens and chooses later.',
      },
      durationMinutes: 10,
    },
    {
      id: 'wat-neem-ik-mee',
      areaId: 'wat-neem-ik-mee',
      nudge: 'case-bringer',
      title: { nl: '4. Wat neem ik mee?', en: '4. What do I take away?' },
      instruction: {
        nl: 'De inbrenger zegt welk inzicht of welk idee die meeneemt, en bedankt de groep.',
        en: 'The case-bringer says which insight or idea they take away, and thanks the group.',
      },
      durationMinutes: 5,
    },
  ],
  areas: [
    {
      id: 'casus',
      title: { nl: 'De casus', en: 'The case' },
      instruction: {
        nl: 'Kern van de situatie en de vraag van de inbrenger. Geen herkenbare details over gezinnen.',
        en: 'Core of the situation and the case-bringer’s question. No identifying details about families.',
      },
      x: 0,
      y: 0,
      w: 800,
      h: 1200,
    },
    {
      id: 'vragen',
      title: { nl: 'Vragen', en: 'Questions' },
      instruction: { nl: 'Eén vraag per briefje.', en: 'One question per note.' },
      x: 880,
      y: 0,
      w: 700,
      h: 1200,
    },
    {
      id: 'adviezen',
      title: { nl: 'Adviezen', en: 'Advice' },
      instruction: { nl: 'Eén idee per briefje.', en: 'One idea per note.' },
      x: 1660,
      y: 0,
      w: 700,
      h: 1200,
    },
    {
      id: 'wat-neem-ik-mee',
      title: { nl: 'Wat neem ik mee?', en: 'What do I take away?' },
      instruction: {
        nl: 'Voor de inbrenger: het inzicht of idee dat je meeneemt.',
        en: 'For the case-bringer: the insight or idea you take away.',
      },
      x: 2440,
      y: 0,
      w: 700,
      h: 1200,
    },
  ],
}
