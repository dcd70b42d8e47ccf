import type { Language } from '../../i18n/languages.ts'
import type { TranslationOf } from '../../i18n/message.ts'
import { useMessages } from '../../i18n/useT.ts'
import type { ErrorMessages } from '../ClientExercise.ts'

/**
 * The words of Dromen met beelden. Kept beside the exercise (not in the app-wide message
 * files) so the exercise can change without touching them. Flemish Dutch first.
 */
const nl = {
  // Facilitator panel
  'section.heading': 'Dromen met beelden',
  'section.intro':
    'Iedereen kiest beelden over ontmoeting zoals jullie ze dromen, zet ze in een eigen plek en schrijft erbij waarom.',
  'section.notActive': 'Maak eerst Dromen met beelden de actieve oefening (sjablonen hieronder).',
  'section.start': 'Start: iedereen een eigen plek',
  'section.started': {
    one: 'Gestart: {count} eigen plek. Wie later binnenkomt, krijgt er meteen een.',
    other: 'Gestart: {count} eigen plekken. Wie later binnenkomt, krijgt er meteen een.',
  },
  'section.spotlightHeading': 'Tonen en vertellen',
  'section.spotlightHint':
    'Kies wiens plek iedereen te zien krijgt. Ieders beeld springt er één keer naartoe; daarna kan iedereen vrij rondkijken.',
  'section.spotlightShow': 'Toon aan iedereen',
  'section.spotlightShowLabel': 'Toon de plek van {name} aan iedereen',
  'section.spotlightShown': 'Wordt getoond',
  'section.spotlightStop': 'Stop met tonen',
  'section.resultShow': 'Resultaat tonen',
  'section.resultHide': 'Resultaat verbergen',
  'section.unknownPerson': 'Onbekende deelnemer',
  // Result
  'result.heading': 'Resultaat',
  'result.clusters': 'Clusters',
  'result.noClusters': 'Nog geen clusters.',
  'result.unnamed': '(cluster zonder naam)',
  'result.noPictures': 'Nog geen beelden in deze cluster.',
  'result.noAlt': '(beeld zonder beschrijving)',
  'result.why': 'Waarom:',
  'result.noWhy': '(geen uitleg)',
  'result.vision': 'Visiezinnen',
  'result.noVision': 'Nog geen visiezinnen.',
  'result.emptyVision': '(lege visiezin)',
  'result.linked': 'Uit:',
  'result.notLinked': 'nog aan geen cluster gekoppeld',
  'result.noBoard': 'Het bord is nog niet geladen.',
  // Board layer
  'layer.region': 'Dromen met beelden',
  'layer.library': 'Beeldenbank',
  'layer.ownPhoto': 'Eigen foto',
  'layer.ownPhotoBusy': 'Foto wordt opgeladen…',
  'layer.goToMySpot': 'Naar mijn plek',
  'layer.noSpotYet': 'Je krijgt een eigen plek zodra de begeleider start.',
  'layer.mySpot': 'Jouw plek',
  'layer.spotlight': 'Iedereen kijkt nu naar de plek van {name}.',
  'layer.spotlightAgain': 'Opnieuw bekijken',
  'layer.whyHint': 'Schrijf in het gele briefje in een paar woorden waarom je dit beeld koos.',
  'layer.placedAnnouncement': 'Beeld “{title}” geplaatst. Schrijf nu waarom je het koos.',
  'layer.ownPhotoAlt': 'Eigen foto van {name}',
  'layer.uploadFailed': 'De foto kon niet opgeladen worden. Probeer het opnieuw.',
  'layer.uploadOffline': 'Geen verbinding met de server: de foto kon niet opgeladen worden.',
  // Library
  'library.heading': 'Beeldenbank',
  'library.close': 'Sluiten',
  'library.closeLabel': 'Beeldenbank sluiten',
  'library.search': 'Zoek een beeld',
  'library.searchHint': 'Bijvoorbeeld: park, oma, samen eten',
  'library.count': { one: '{count} beeld', other: '{count} beelden' },
  'library.none': 'Geen beelden gevonden voor “{query}”.',
  'library.help':
    'Sleep een beeld naar het bord, of kies een beeld en druk op “Op mijn plek zetten”.',
  'library.place': 'Op mijn plek zetten',
  'library.placeNothing': 'Kies eerst een beeld.',
  'library.selected': 'Gekozen: {title}',
  // Clusters
  'cluster.new': 'Nieuwe cluster',
  'cluster.nameLabel': 'Naam van de cluster',
  'cluster.nameHint': 'Bijvoorbeeld: Samen aan tafel',
  'cluster.create': 'Maak cluster',
  'cluster.cancel': 'Annuleren',
  'cluster.nameMissing': 'Geef de cluster een naam.',
  'cluster.created': 'Cluster “{name}” gemaakt in de zone Clusters.',
  'cluster.moveLabel': 'Gekozen beeld naar cluster',
  'cluster.move': 'Verplaats',
  'cluster.moved': 'Beeld verplaatst naar “{name}”.',
  'cluster.choose': 'Kies een cluster',
  // Vision
  'vision.new': 'Nieuwe visiezin',
  'vision.created': 'Visiezin gemaakt. Schrijf je zin in het briefje.',
  'vision.linkLegend': 'Deze visiezin komt uit:',
  'vision.noClusters': 'Maak eerst een cluster om deze visiezin aan te koppelen.',
  'vision.unnamed': '(cluster zonder naam)',
  // List view
  'list.chooseHeading': 'Kies een beeld',
  'list.chooseIntro':
    'Zoek een beeld op wat erop staat, kies het en schrijf erbij waarom. Het komt op je eigen plek.',
  'list.pictures': 'Beelden om uit te kiezen',
  'list.why': 'Waarom koos je dit beeld?',
  'list.whyHint': 'Een paar woorden zijn genoeg.',
  'list.placed': 'Beeld “{title}” staat op je plek, met je uitleg.',
  'list.placedNoWhy': 'Beeld “{title}” staat op je plek. Je kan er nog een uitleg bij schrijven.',
  'list.ownPhoto': 'Of zet een eigen foto op je plek, met de uitleg hierboven:',
  'list.clusterHeading': 'Clusteren',
  'list.clusterIntro':
    'Zet beelden die iets gelijkaardigs zeggen samen in een cluster. Kies bij een beeld hieronder naar welke cluster het gaat.',
  'list.moveLabel': 'Naar cluster',
  'list.move': 'Verplaatsen',
  'list.visionHeading': 'Schrijf een visiezin',
  'list.visionLabel': 'Je visiezin',
  'list.visionAdd': 'Visiezin toevoegen',
  'list.visionAdded': 'Visiezin toegevoegd.',
  'list.visionEmpty': 'Schrijf eerst je visiezin.',
  'list.itemWhy': 'Waarom',
  'list.itemCluster': 'Cluster',
  'list.itemVision': 'Visiezin',
} as const

export type DromenMessageKey = keyof typeof nl
type DromenMessages = TranslationOf<typeof nl>

const en: DromenMessages = {
  'section.heading': 'Dreaming with images',
  'section.intro':
    'Everyone picks images of meeting as you dream it, puts them in their own spot and writes why.',
  'section.notActive': 'First make Dreaming with images the active exercise (templates below).',
  'section.start': 'Start: everyone their own spot',
  'section.started': {
    one: 'Started: {count} personal spot. Whoever joins later gets one at once.',
    other: 'Started: {count} personal spots. Whoever joins later gets one at once.',
  },
  'section.spotlightHeading': 'Show and tell',
  'section.spotlightHint':
    'Choose whose spot everyone gets to see. Everyone’s view jumps there once; after that they can look around freely.',
  'section.spotlightShow': 'Show to everyone',
  'section.spotlightShowLabel': 'Show {name}’s spot to everyone',
  'section.spotlightShown': 'Being shown',
  'section.spotlightStop': 'Stop showing',
  'section.resultShow': 'Show result',
  'section.resultHide': 'Hide result',
  'section.unknownPerson': 'Unknown participant',
  'result.heading': 'Result',
  'result.clusters': 'Clusters',
  'result.noClusters': 'No clusters yet.',
  'result.unnamed': '(unnamed cluster)',
  'result.noPictures': 'No images in this cluster yet.',
  'result.noAlt': '(image without description)',
  'result.why': 'Why:',
  'result.noWhy': '(no explanation)',
  'result.vision': 'Vision statements',
  'result.noVision': 'No vision statements yet.',
  'result.emptyVision': '(empty vision statement)',
  'result.linked': 'From:',
  'result.notLinked': 'not linked to a cluster yet',
  'result.noBoard': 'The board has not loaded yet.',
  'layer.region': 'Dreaming with images',
  'layer.library': 'Image library',
  'layer.ownPhoto': 'Own photo',
  'layer.ownPhotoBusy': 'Uploading photo…',
  'layer.goToMySpot': 'Go to my spot',
  'layer.noSpotYet': 'You get your own spot as soon as the facilitator starts.',
  'layer.mySpot': 'Your spot',
  'layer.spotlight': 'Everyone is now looking at {name}’s spot.',
  'layer.spotlightAgain': 'Look again',
  'layer.whyHint': 'Write a few words in the yellow note on why you chose this image.',
  'layer.placedAnnouncement': 'Image “{title}” placed. Now write why you chose it.',
  'layer.ownPhotoAlt': 'Own photo by {name}',
  'layer.uploadFailed': 'The photo could not be uploaded. Please try again.',
  'layer.uploadOffline': 'No connection to the server: the photo could not be uploaded.',
  'library.heading': 'Image library',
  'library.close': 'Close',
  'library.closeLabel': 'Close the image library',
  'library.search': 'Search for an image',
  'library.searchHint': 'For example: park, grandma, eating together',
  'library.count': { one: '{count} image', other: '{count} images' },
  'library.none': 'No images found for “{query}”.',
  'library.help': 'Drag an image onto the board, or choose one and press “Put in my spot”.',
  'library.place': 'Put in my spot',
  'library.placeNothing': 'Choose an image first.',
  'library.selected': 'Chosen: {title}',
  'cluster.new': 'New cluster',
  'cluster.nameLabel': 'Name of the cluster',
  'cluster.nameHint': 'For example: Eating together',
  'cluster.create': 'Create cluster',
  'cluster.cancel': 'Cancel',
  'cluster.nameMissing': 'Give the cluster a name.',
  'cluster.created': 'Cluster “{name}” created in the Clusters zone.',
  'cluster.moveLabel': 'Chosen image to cluster',
  'cluster.move': 'Move',
  'cluster.moved': 'Image moved to “{name}”.',
  'cluster.choose': 'Choose a cluster',
  'vision.new': 'New vision statement',
  'vision.created': 'Vision statement created. Write your sentence in the note.',
  'vision.linkLegend': 'This vision statement comes from:',
  'vision.noClusters': 'Create a cluster first to link this vision statement to.',
  'vision.unnamed': '(unnamed cluster)',
  'list.chooseHeading': 'Choose an image',
  'list.chooseIntro':
    'Search for an image by what is on it, choose it and write why. It goes to your own spot.',
  'list.pictures': 'Images to choose from',
  'list.why': 'Why did you choose this image?',
  'list.whyHint': 'A few words are enough.',
  'list.placed': 'Image “{title}” is in your spot, with your explanation.',
  'list.placedNoWhy': 'Image “{title}” is in your spot. You can still write why.',
  'list.ownPhoto': 'Or put a photo of your own in your spot, with the explanation above:',
  'list.clusterHeading': 'Clustering',
  'list.clusterIntro':
    'Put images that say something alike together in a cluster. For an image below, choose which cluster it goes to.',
  'list.moveLabel': 'To cluster',
  'list.move': 'Move',
  'list.visionHeading': 'Write a vision statement',
  'list.visionLabel': 'Your vision statement',
  'list.visionAdd': 'Add vision statement',
  'list.visionAdded': 'Vision statement added.',
  'list.visionEmpty': 'Write your vision statement first.',
  'list.itemWhy': 'Why',
  'list.itemCluster': 'Cluster',
  'list.itemVision': 'Vision statement',
}

export const dromenMessages: Readonly<Record<Language, DromenMessages>> = { nl, en }

export type DromenTranslate = (
  key: DromenMessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** The translate function for this exercise, in the language of the rest of the UI. */
export function useDromenT(): DromenTranslate {
  return useMessages(dromenMessages)
}

/**
 * Why the server refused one of this exercise's commands, after "Dat lukte niet:". The core
 * words `wrong-exercise` in general; for these commands the exercise to make active is known.
 */
export const dromenErrorMessages: ErrorMessages = {
  nl: {
    'no-spot': 'die persoon heeft (nog) geen eigen plek.',
    'wrong-exercise': 'maak eerst Dromen met beelden de actieve oefening.',
  },
  en: {
    'no-spot': 'that person has no spot (yet).',
    'wrong-exercise': 'make Dromen met beelden the active exercise first.',
  },
}
