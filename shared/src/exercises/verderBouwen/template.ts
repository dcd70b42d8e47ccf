import type { ExerciseTemplate } from '../templateSchema.ts'

/**
 * Every zone asks for an owner and a date on each action because teams return to this
 * board later to follow up; an action without a who and a when is hard to check on.
 */
export const verderBouwenTemplate: ExerciseTemplate = {
  id: 'verder-bouwen',
  title: { nl: 'Verder bouwen', en: 'Building further' },
  description: {
    nl: 'Tijd voor een volgende stap. Zes bouwstenen helpen jullie om van inzichten naar concrete acties te gaan. Kleine, haalbare stappen volstaan. Bij elke actie horen iemand die ze opneemt en een datum, zodat jullie er later op dit bord naar kunnen terugkijken.',
    en: 'Time for a next step. Six building blocks help you go from insights to concrete actions. Small, feasible steps are enough. Every action gets someone who takes it on and a date, so you can look back at it on this board later.',
  },
  phases: [
    {
      id: 'bouwsteen-kiezen',
      title: { nl: 'Kies een bouwsteen', en: 'Choose a building block' },
      instruction: {
        nl: 'Lees de zes bouwstenen. Met welke willen jullie nu aan de slag? Kies er samen een of twee, bijvoorbeeld met een stemronde. De andere komen later aan bod.',
        en: 'Read the six building blocks. Which ones do you want to work on now? Choose one or two together, for example with a vote. The others can come later.',
      },
      durationMinutes: 10,
    },
    {
      id: 'acties',
      title: { nl: 'Acties bedenken', en: 'Think of actions' },
      instruction: {
        nl: 'Schrijf bij de gekozen bouwsteen concrete acties: wat doen we precies? Zet op elk briefje ook wie het opneemt en tegen wanneer. Liever een kleine stap die lukt dan een groot plan dat blijft liggen.',
        en: 'Write concrete actions in the chosen building block: what exactly will we do? Put on each note who takes it on and by when. Better a small step that works than a big plan that gathers dust.',
      },
      durationMinutes: 20,
    },
    {
      id: 'afspreken',
      title: { nl: 'Afspreken', en: 'Agree' },
      instruction: {
        nl: 'Overloop samen de acties. Heeft elke actie een wie en een wanneer? Is ze haalbaar naast het gewone werk? Spreek af wanneer jullie samen terugkijken op dit bord.',
        en: 'Go through the actions together. Does every action have a who and a when? Is it feasible alongside the daily work? Agree when you will look back at this board together.',
      },
      durationMinutes: 10,
    },
  ],
  areas: [
    {
      id: 'noden',
      title: { nl: 'Noden begrijpen', en: 'Understanding needs' },
      instruction: {
        nl: 'Hoe leren we de noden van gezinnen beter kennen, ook van wie we minder bereiken? Noteer per actie wie en wanneer.',
        en: 'How do we get to know families’ needs better, also of those we reach less? Note who and when for each action.',
      },
      x: 0,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'visie',
      title: { nl: 'Gedeelde visie', en: 'Shared vision' },
      instruction: {
        nl: 'Hoe zorgen we dat onze visie op ontmoeting gedragen wordt, in het team en bij de partners? Noteer per actie wie en wanneer.',
        en: 'How do we make sure our vision on meeting is shared, in the team and by our partners? Note who and when for each action.',
      },
      x: 880,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'toegankelijker',
      title: { nl: 'Ontmoeting toegankelijker maken', en: 'Making meeting more accessible' },
      instruction: {
        nl: 'Welke drempel halen we weg? Denk aan de 7 B’s: beschikbaar, bereikbaar, betaalbaar, begrijpbaar, bruikbaar, betrouwbaar, bekend. Noteer per actie wie en wanneer.',
        en: 'Which barrier do we remove? Think of the 7 B’s: available, reachable, affordable, understandable, usable, trustworthy, known. Note who and when for each action.',
      },
      x: 1760,
      y: 0,
      w: 800,
      h: 900,
    },
    {
      id: 'begeleiders',
      title: { nl: 'De begeleiders versterken', en: 'Strengthening the facilitators' },
      instruction: {
        nl: 'Wat hebben begeleiders nodig om hun rol goed op te nemen: tijd om te reflecteren, vorming, intervisie? Noteer per actie wie en wanneer.',
        en: 'What do facilitators need to take on their role well: time to reflect, training, intervision? Note who and when for each action.',
      },
      x: 0,
      y: 980,
      w: 800,
      h: 900,
    },
    {
      id: 'ruimte',
      title: { nl: 'Experimenteren met de ruimte', en: 'Experimenting with the space' },
      instruction: {
        nl: 'Wat proberen we uit in de inrichting van de ruimte, zodat ze past bij wat we willen bereiken? Noteer per actie wie en wanneer.',
        en: 'What do we try out in how the space is set up, so that it fits what we want to achieve? Note who and when for each action.',
      },
      x: 880,
      y: 980,
      w: 800,
      h: 900,
    },
    {
      id: 'evalueren',
      title: { nl: 'Reflecteren en evalueren met data', en: 'Reflecting and evaluating with data' },
      instruction: {
        nl: 'Welke cijfers en verhalen verzamelen we, en hoe bewaken we de privacy van gezinnen? Wat doen we met wat we leren? Noteer per actie wie en wanneer.',
        en: 'Which figures and stories do we collect, and how do we protect families’ privacy? What do we do with what we learn? Note who and when for each action.',
      },
      x: 1760,
      y: 980,
      w: 800,
      h: 900,
    },
  ],
}
