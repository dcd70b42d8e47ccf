import type { ExerciseTemplate } from '../templateSchema.ts'

/**
 * The personal spots are made per participant when the exercise starts; this template only
 * reserves the band they go into (area id `persoonlijke-plekken`).
 */
export const dromenMetBeeldenTemplate: ExerciseTemplate = {
  id: 'dromen-met-beelden',
  title: { nl: 'Dromen met beelden', en: 'Dreaming with images' },
  description: {
    nl: 'Samen bouwen aan een gedeelde visie op ontmoeting. Iedereen kiest een of meer beelden die tonen hoe ontmoeting er in jullie droom uitziet. Daarna zoeken jullie samen wat de beelden gemeen hebben en schrijven jullie op waar jullie als team voor willen gaan.',
    en: 'Build a shared vision on meeting together. Everyone picks one or more images that show what meeting looks like in your dream. Then you look together for what the images have in common and write down what you want to go for as a team.',
  },
  phases: [
    {
      id: 'kiezen',
      title: { nl: 'Kies je beelden', en: 'Choose your images' },
      instruction: {
        nl: 'Zoek in de beeldenbank of bij je eigen foto’s een of meer beelden die tonen hoe ontmoeting er in jouw droom uitziet. Zet ze in je eigen plek en schrijf er in een paar woorden bij waarom je ze koos. Kijk nog niet naar de anderen: het gaat om jouw beeld.',
        en: 'Look through the image library or your own photos for one or more pictures that show what meeting looks like in your dream. Put them in your own spot and add a few words on why you chose them. Don’t look at the others yet: this is about your picture.',
      },
      durationMinutes: 10,
    },
    {
      id: 'tonen-en-vertellen',
      title: { nl: 'Tonen en vertellen', en: 'Show and tell' },
      instruction: {
        nl: 'Om de beurt vertel je kort wat je in je beelden ziet en waarom ze voor jou over ontmoeting gaan. De anderen luisteren en mogen een vraag stellen om het beter te begrijpen, nog zonder te discussiëren.',
        en: 'Take turns: say briefly what you see in your images and why they are about meeting for you. The others listen and may ask a question to understand better, without discussing yet.',
      },
      durationMinutes: 15,
    },
    {
      id: 'clusteren',
      title: { nl: 'Clusteren', en: 'Cluster' },
      instruction: {
        nl: 'Sleep beelden die iets gelijkaardigs vertellen naar elkaar toe in de zone Clusters. Geef elke groep een naam op een briefje. Een beeld dat nergens bij past, mag gerust alleen blijven staan.',
        en: 'Drag images that tell something similar close together in the Clusters zone. Give each group a name on a sticky note. An image that fits nowhere may stay on its own.',
      },
      durationMinutes: 15,
    },
    {
      id: 'visie',
      title: { nl: 'Onze visie', en: 'Our vision' },
      instruction: {
        nl: 'Wat vertellen de clusters samen? Schrijf een paar korte zinnen over ontmoeting waarin iedereen zich herkent, bijvoorbeeld ‘Bij ons voelt elke ouder zich welkom’. Zet ze in Onze gedeelde visie.',
        en: 'What do the clusters say together? Write a few short sentences about meeting that everyone recognises, for example ‘Every parent feels welcome here’. Put them in Our shared vision.',
      },
      durationMinutes: 15,
    },
  ],
  areas: [
    {
      id: 'persoonlijke-plekken',
      title: { nl: 'Persoonlijke plekken', en: 'Personal spots' },
      instruction: {
        nl: 'Kies je beelden: iedereen krijgt hier een eigen plek. Zet je beelden in jouw plek, met een paar woorden over waarom je ze koos.',
        en: 'Choose your images: everyone gets their own spot here. Put your images in your spot, with a few words on why you chose them.',
      },
      x: 0,
      y: 0,
      w: 2480,
      h: 800,
    },
    {
      id: 'clusters',
      title: { nl: 'Clusters', en: 'Clusters' },
      instruction: {
        nl: 'Leg beelden die iets gelijkaardigs vertellen bij elkaar en geef elke groep een naam.',
        en: 'Put images that tell something similar together and give each group a name.',
      },
      x: 0,
      y: 880,
      w: 1600,
      h: 1000,
    },
    {
      id: 'gedeelde-visie',
      title: { nl: 'Onze gedeelde visie', en: 'Our shared vision' },
      instruction: {
        nl: 'Schrijf hier in korte zinnen wat ontmoeting voor jullie als team betekent en waar jullie voor willen gaan.',
        en: 'Write here, in short sentences, what meeting means to you as a team and what you want to go for.',
      },
      x: 1680,
      y: 880,
      w: 800,
      h: 1000,
    },
  ],
}
