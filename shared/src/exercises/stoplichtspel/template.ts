import type { ExerciseTemplate } from '../templateSchema.ts'

/** The statements themselves belong to the voting feature; this template holds the frame. */
export const stoplichtspelTemplate: ExerciseTemplate = {
  id: 'stoplichtspel',
  title: { nl: 'Stoplichtspel', en: 'Traffic-light game' },
  description: {
    nl: 'Zien waar het team staat. Jullie krijgen een voor een stellingen over jullie ontmoetingswerking. Iedereen stemt tegelijk groen, oranje of rood, en pas als de begeleider de stemmen toont, zie je wat de anderen kozen. Daarna praten jullie over de verschillen en noteren jullie wat jullie willen meenemen.',
    en: 'See where the team stands. You get statements about your work on meeting, one at a time. Everyone votes green, orange or red at the same time, and you only see what the others chose when the facilitator reveals the votes. Then you talk about the differences and note what you want to take forward.',
  },
  phases: [
    {
      id: 'uitleg',
      title: { nl: 'Uitleg', en: 'Explanation' },
      instruction: {
        nl: 'De begeleider legt het spel uit. Groen: dit loopt goed, ik ben akkoord. Oranje: deels, of ik twijfel. Rood: hier moeten we aan werken, of ik ben niet akkoord. Er zijn geen foute antwoorden: je stem toont hoe jij het vandaag ziet.',
        en: 'The facilitator explains the game. Green: this goes well, I agree. Orange: partly, or I have doubts. Red: this needs work, or I disagree. There are no wrong answers: your vote shows how you see it today.',
      },
      durationMinutes: 3,
    },
    {
      id: 'stemrondes',
      title: { nl: 'Stemrondes', en: 'Voting rounds' },
      instruction: {
        nl: 'Lees de stelling en stem op je eigen gevoel: groen, oranje of rood. De stemmen blijven verborgen tot de begeleider ze toont, zodat niemand zich laat leiden door de anderen. Na het tonen vertellen een paar mensen kort waarom ze zo stemden.',
        en: 'Read the statement and vote on your own feeling: green, orange or red. The votes stay hidden until the facilitator reveals them, so no one is swayed by the others. After the reveal, a few people say briefly why they voted that way.',
      },
      durationMinutes: 30,
    },
    {
      id: 'verschillen',
      title: { nl: 'Praten over verschillen', en: 'Talking about differences' },
      instruction: {
        nl: 'Kies de stellingen waar de kleuren het meest uiteenliepen. Wat maakt dat jullie het anders zien? Luister naar elkaar zonder te willen overtuigen, en schrijf op wat jullie willen meenemen.',
        en: 'Pick the statements where the colours differed most. What makes you see it differently? Listen to each other without trying to convince, and write down what you want to take forward.',
      },
      durationMinutes: 15,
    },
    {
      id: 'samenvatting',
      title: { nl: 'Samenvatting', en: 'Summary' },
      instruction: {
        nl: 'Kijk samen naar het overzicht van alle stellingen. Waar staan jullie sterk, waar willen jullie aan werken? Noteer twee of drie punten om mee verder te gaan.',
        en: 'Look together at the overview of all statements. Where are you strong, what do you want to work on? Note two or three points to carry on with.',
      },
      durationMinutes: 10,
    },
  ],
  areas: [
    {
      id: 'stelling',
      title: { nl: 'Stelling', en: 'Statement' },
      instruction: {
        nl: 'De stelling van deze ronde. Stem groen, oranje of rood, en wacht tot de begeleider de stemmen toont.',
        en: 'This round’s statement. Vote green, orange or red, and wait until the facilitator reveals the votes.',
      },
      x: 0,
      y: 0,
      w: 1680,
      h: 400,
    },
    {
      id: 'meenemen',
      title: { nl: 'Wat nemen we mee?', en: 'What do we take forward?' },
      instruction: {
        nl: 'Noteer per stelling wat opviel in het gesprek en wat jullie willen meenemen.',
        en: 'For each statement, note what stood out in the conversation and what you want to take forward.',
      },
      x: 0,
      y: 480,
      w: 800,
      h: 900,
    },
    {
      id: 'samenvatting',
      title: { nl: 'Samenvatting', en: 'Summary' },
      instruction: {
        nl: 'Waar staan jullie sterk? Waar willen jullie aan werken? Schrijf hier de twee of drie belangrijkste punten.',
        en: 'Where are you strong? What do you want to work on? Write the two or three most important points here.',
      },
      x: 880,
      y: 480,
      w: 800,
      h: 900,
    },
  ],
}
