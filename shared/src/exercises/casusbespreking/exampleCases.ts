import type { LocalizedText } from '../templateSchema.ts'

/** A made-up case for practice sessions, set in the waiting room of a consultation office. */
export interface ExampleCase {
  id: string
  title: LocalizedText
  /** The situation, told by the case-bringer. Fictional: no real family is described. */
  situation: LocalizedText
  /** The question the case-bringer puts to the group. */
  question: LocalizedText
}

/**
 * Three practice cases, written for this product. They sketch ordinary moments in the
 * waiting room of a consultatiebureau where meeting between parents could happen, or not.
 */
export const exampleCases: readonly ExampleCase[] = [
  {
    id: 'stille-wachtruimte',
    title: { nl: 'De stille wachtruimte', en: 'The quiet waiting room' },
    situation: {
      nl: 'Op dinsdagvoormiddag zitten er vaak zes of zeven ouders met hun baby in de wachtruimte. Iedereen kijkt naar zijn gsm of naar de deur van de dokter. Als ik binnenkom om iemand te roepen, is het stil. Twee moeders wonen in dezelfde straat, maar ze spreken elkaar niet aan. Ik heb eens koffie gezet, maar niemand nam ervan.',
      en: 'On Tuesday mornings there are often six or seven parents with their baby in the waiting room. Everyone looks at their phone or at the doctor’s door. When I come in to call someone, it is quiet. Two mothers live in the same street but do not talk to each other. I once made coffee, but nobody took any.',
    },
    question: {
      nl: 'Hoe kan ik de wachtruimte een plek maken waar ouders elkaar wel aanspreken, zonder dat het opgedrongen voelt?',
      en: 'How can I make the waiting room a place where parents do talk to each other, without it feeling forced?',
    },
  },
  {
    id: 'vader-aan-de-kant',
    title: { nl: 'Een vader aan de kant', en: 'A father on the side' },
    situation: {
      nl: 'Een vader komt elke maand alleen met zijn dochtertje. Hij gaat altijd bij de deur staan, ook als er stoelen vrij zijn. De andere ouders zijn die dag moeders, die samen praten over slapen en voeding. Vorige keer zei hij tegen mij: “Dit is niet echt mijn plek, hé.” Ik wist niet goed wat te antwoorden.',
      en: 'A father comes alone with his little daughter every month. He always stands by the door, even when there are free chairs. The other parents that day are mothers, who talk together about sleeping and feeding. Last time he said to me: “This isn’t really my place, is it.” I didn’t quite know what to answer.',
    },
    question: {
      nl: 'Wat kan ik doen of zeggen zodat deze vader zich ook welkom voelt bij de andere ouders?',
      en: 'What can I do or say so that this father also feels welcome among the other parents?',
    },
  },
  {
    id: 'taal-en-drempel',
    title: { nl: 'Geen gemeenschappelijke taal', en: 'No common language' },
    situation: {
      nl: 'Een moeder die nog maar kort in België woont, spreekt weinig Nederlands. In de wachtruimte zit ze apart en helpt ze haar oudste kind met een kleurboek. Andere ouders glimlachen naar haar, maar daar blijft het bij. Ze vroeg aan de onthaalmedewerker of er “iets is voor mama’s om samen te komen”, maar onze folders zijn alleen in het Nederlands.',
      en: 'A mother who has only lived in Belgium for a short while speaks little Dutch. In the waiting room she sits apart and helps her eldest with a colouring book. Other parents smile at her, but that is where it stops. She asked the receptionist whether there is “something for mums to come together”, but our leaflets are only in Dutch.',
    },
    question: {
      nl: 'Hoe verlagen we de drempel voor deze moeder, en voor andere ouders die onze taal nog leren?',
      en: 'How do we lower the threshold for this mother, and for other parents who are still learning our language?',
    },
  },
]

export function getExampleCase(id: string): ExampleCase | undefined {
  return exampleCases.find((example) => example.id === id)
}
