import type { BackgroundId } from './backgrounds.ts'
import type { SceneFigure } from './renderScene.ts'

/**
 * The picture library of "Dromen met beelden": small scenes of meeting (ontmoeting) between
 * parents, children and the people around them. Each scene is one of our own backgrounds with
 * a few Microsoft Fluent Emoji (flat) figures placed on it; scripts/buildPictures.ts renders
 * them to SVG files at build time.
 *
 * Composition rules, so the set reads as one family of pictures:
 * - "Wide" scenes (park, street, beach…) use full-body figures; children are the same figures
 *   drawn smaller. The emoji set has no full-body child, and a small figure next to an adult
 *   reads as a child.
 * - "Close" scenes (around a table, on a sofa, on a bench, in a sandbox) use head-and-shoulders
 *   figures sitting `behind` the furniture, because babies, children and grandparents only
 *   exist as busts. The two kinds are not mixed in one scene, so heads keep a believable size.
 * - Skin tones, family forms and abilities vary across the set on purpose: the families that
 *   Flemish family workers meet are not one kind of family.
 */

export interface PictureScene {
  /** Kebab-case; also the file name of the rendered card. */
  readonly id: string
  /** Short caption. */
  readonly title: { readonly nl: string; readonly en: string }
  /** One or two plain sentences describing what is seen, read out by screen readers. */
  readonly alt: { readonly nl: string; readonly en: string }
  /** Dutch search words. */
  readonly tags: readonly string[]
  readonly background: BackgroundId
  readonly figures: readonly SceneFigure[]
}

// Full-body Fluent figures leave about 2/32 of their box under the feet; adding size/16 to the
// ground line puts the feet on it instead of floating above it.
function stand(emoji: string, x: number, ground: number, size: number, flip = false): SceneFigure {
  return { emoji, x, y: Math.round(ground + size / 16), size, ...(flip ? { flip } : {}) }
}

/** Someone sitting behind the background's furniture: only head and shoulders show. */
function sit(emoji: string, x: number, bottom: number, size: number, flip = false): SceneFigure {
  return { emoji, x, y: bottom, size, behind: true, ...(flip ? { flip } : {}) }
}

/** An object or animal standing on a surface at height `on`. */
function put(emoji: string, x: number, on: number, size: number, flip = false): SceneFigure {
  return { emoji, x, y: Math.round(on + size / 16), size, ...(flip ? { flip } : {}) }
}

// Table tops and seats of the backgrounds, so objects stand on them.
const KITCHEN_TABLE = 222
const HALL_TABLE = 224
const CAFE_TABLE = 224
const LIBRARY_TABLE = 246

// Common sizes: an adult standing, a child, a toddler; a bust at a table.
const ADULT = 132
const CHILD = 86
const TODDLER = 66
const BUST = 100
const CHILD_BUST = 78

export const sceneCatalog: readonly PictureScene[] = [
  {
    id: 'moeders-koffie-kinderen-spelen',
    title: { nl: 'Koffie terwijl de kinderen spelen', en: 'Coffee while the children play' },
    alt: {
      nl: 'Twee moeders drinken koffie op een bank in het park. Verderop spelen hun kinderen met een bal op het gras.',
      en: 'Two mothers drink coffee on a park bench. Further away, their children play with a ball on the grass.',
    },
    tags: ['koffie', 'moeders', 'praten', 'park', 'bank', 'spelen', 'kinderen'],
    background: 'parkBench',
    figures: [
      // Far away on the grass, hence small: depth lets busts and full figures share a scene.
      stand('person-running-facing-right-medium-dark', 34, 206, 44),
      put('soccer-ball', 62, 208, 12),
      stand('person-running-light', 84, 206, 42),
      sit('woman-medium-dark', 150, 232, BUST),
      sit('woman-light', 250, 232, BUST),
      put('hot-beverage', 186, 222, 28),
      put('hot-beverage', 214, 222, 28),
    ],
  },
  {
    id: 'vader-baby-bank',
    title: { nl: 'Papa en baby op de bank', en: 'Dad and baby on the bench' },
    alt: {
      nl: 'Een vader geeft zijn baby de fles op een bank in het park. Een vogeltje zit naast hen.',
      en: 'A father feeds his baby a bottle on a park bench. A little bird sits beside them.',
    },
    tags: ['vader', 'papa', 'baby', 'fles', 'park', 'bank', 'alleen', 'rust'],
    background: 'parkBench',
    figures: [sit('man-feeding-baby-medium-dark', 185, 234, 132), put('bird', 270, 222, 30, true)],
  },
  {
    id: 'grootouders-kleindochter-bank',
    title: { nl: 'Met oma en opa op de bank', en: 'With grandma and grandpa on the bench' },
    alt: {
      nl: 'Een grootmoeder en grootvader zitten op een bank in het park met hun kleindochter tussen hen in. Ze heeft een rode ballon.',
      en: 'A grandmother and grandfather sit on a park bench with their granddaughter between them. She holds a red balloon.',
    },
    tags: ['grootouders', 'oma', 'opa', 'kleinkind', 'park', 'bank', 'ballon'],
    background: 'parkBench',
    figures: [
      sit('old-woman-medium', 130, 232, 96),
      sit('girl-medium', 200, 232, 76),
      sit('old-man-medium', 270, 232, 96),
      put('balloon', 232, 150, 44),
    ],
  },
  {
    id: 'gezin-samen-eten',
    title: { nl: 'Samen aan tafel', en: 'Together at the table' },
    alt: {
      nl: 'Een moeder, een vader en hun twee kinderen eten samen soep aan de keukentafel.',
      en: 'A mother, a father and their two children eat soup together at the kitchen table.',
    },
    tags: ['gezin', 'eten', 'keuken', 'tafel', 'samen', 'soep', 'kinderen'],
    background: 'kitchen',
    figures: [
      sit('woman-dark', 90, 226, BUST),
      sit('girl-dark', 170, 226, CHILD_BUST),
      sit('boy-dark', 238, 226, CHILD_BUST),
      sit('man-dark', 316, 226, BUST),
      put('steaming-bowl', 130, KITCHEN_TABLE, 34),
      put('steaming-bowl', 204, KITCHEN_TABLE, 30),
      put('bread', 276, KITCHEN_TABLE, 32),
    ],
  },
  {
    id: 'twee-vaders-ontbijt',
    title: { nl: 'Ontbijt met twee papa’s', en: 'Breakfast with two dads' },
    alt: {
      nl: 'Twee vaders ontbijten met hun dochter aan de keukentafel, met croissants, melk en koffie.',
      en: 'Two fathers have breakfast with their daughter at the kitchen table, with croissants, milk and coffee.',
    },
    tags: ['vaders', 'twee papa’s', 'ontbijt', 'keuken', 'tafel', 'gezin', 'dochter'],
    background: 'kitchen',
    figures: [
      sit('man-light', 110, 226, BUST),
      sit('girl-medium', 200, 226, CHILD_BUST),
      sit('man-medium-dark', 290, 226, BUST),
      put('croissant', 150, KITCHEN_TABLE, 34),
      put('glass-of-milk', 222, KITCHEN_TABLE, 30),
      put('hot-beverage', 258, KITCHEN_TABLE, 30),
    ],
  },
  {
    id: 'buurtsoep',
    title: { nl: 'Soep in het buurthuis', en: 'Soup at the community centre' },
    alt: {
      nl: 'Buren van verschillende leeftijden en achtergronden eten samen soep aan een lange tafel in het buurthuis.',
      en: 'Neighbours of different ages and backgrounds share soup at a long table in the community centre.',
    },
    tags: ['buurthuis', 'buren', 'eten', 'soep', 'samen', 'tafel', 'ontmoeting'],
    background: 'communityHall',
    figures: [
      sit('woman-with-headscarf-medium', 70, 228, 92),
      sit('old-man-light', 150, 228, 92),
      sit('child-medium-dark', 222, 228, 72),
      sit('man-dark', 290, 228, 92),
      sit('woman-medium-light', 360, 228, 86),
      put('steaming-bowl', 110, HALL_TABLE, 30),
      put('pot-of-food', 200, HALL_TABLE, 38),
      put('bread', 326, HALL_TABLE, 30),
    ],
  },
  {
    id: 'spelletje-met-opa',
    title: { nl: 'Een spelletje met opa', en: 'A game with grandpa' },
    alt: {
      nl: 'Een grootvader speelt een gezelschapsspel met twee kleinkinderen. Op tafel liggen een dobbelsteen en puzzelstukjes.',
      en: 'A grandfather plays a board game with two grandchildren. A die and puzzle pieces lie on the table.',
    },
    tags: ['grootvader', 'opa', 'spel', 'spelen', 'kleinkinderen', 'dobbelsteen', 'puzzel'],
    background: 'communityHall',
    figures: [
      sit('old-man-dark', 120, 228, BUST),
      sit('boy-medium-dark', 220, 228, CHILD_BUST),
      sit('girl-dark', 300, 228, CHILD_BUST),
      put('game-die', 170, HALL_TABLE, 28),
      put('puzzle-piece', 252, HALL_TABLE, 28),
      put('puzzle-piece', 280, HALL_TABLE, 24, true),
    ],
  },
  {
    id: 'samen-knutselen',
    title: { nl: 'Samen knutselen', en: 'Making things together' },
    alt: {
      nl: 'Een moeder en twee kinderen schilderen en tekenen aan een lage tafel in de bibliotheek.',
      en: 'A mother and two children paint and draw at a low table in the library.',
    },
    tags: ['knutselen', 'tekenen', 'schilderen', 'kinderen', 'moeder', 'bibliotheek', 'creatief'],
    background: 'library',
    figures: [
      sit('woman-curly-hair-medium-dark', 128, 254, 92),
      sit('child-light', 210, 252, 70),
      sit('boy-medium', 282, 252, 70),
      put('artist-palette', 168, LIBRARY_TABLE, 30),
      put('crayon', 246, LIBRARY_TABLE, 26),
      put('paintbrush', 308, LIBRARY_TABLE, 26),
    ],
  },
  {
    id: 'voorlezen-papa',
    title: { nl: 'Papa leest voor', en: 'Dad reads aloud' },
    alt: {
      nl: 'Een vader leest een prentenboek voor aan zijn kind in de bibliotheek, tussen de boekenkasten.',
      en: 'A father reads a picture book to his child in the library, between the bookshelves.',
    },
    tags: ['voorlezen', 'lezen', 'boek', 'bibliotheek', 'vader', 'papa', 'kind'],
    background: 'library',
    figures: [
      sit('man-beard-medium-light', 180, 254, 96),
      sit('child-medium-light', 240, 252, 70),
      put('open-book', 210, LIBRARY_TABLE, 34),
    ],
  },
  {
    id: 'boekjes-met-baby',
    title: { nl: 'Boekjes voor de baby', en: 'Books for the baby' },
    alt: {
      nl: 'Een moeder met een hoofddoek bekijkt met haar baby kartonnen boekjes aan de leestafel.',
      en: 'A mother wearing a headscarf looks at board books with her baby at the reading table.',
    },
    tags: ['baby', 'boeken', 'lezen', 'bibliotheek', 'moeder', 'hoofddoek', 'taal'],
    background: 'library',
    figures: [
      sit('woman-with-headscarf-medium-dark', 170, 254, 96),
      sit('baby-medium-dark', 236, 252, 60),
      put('books', 200, LIBRARY_TABLE, 30),
      put('teddy-bear', 262, LIBRARY_TABLE, 26),
    ],
  },
  {
    id: 'spelen-in-de-zandbak',
    title: { nl: 'In de zandbak', en: 'In the sandbox' },
    alt: {
      nl: 'Twee kinderen en een vader zitten in de zandbak met een emmertje en schelpen.',
      en: 'Two children and a father sit in the sandbox with a bucket and shells.',
    },
    tags: ['zandbak', 'spelen', 'buiten', 'kinderen', 'vader', 'speeltuin', 'zand'],
    background: 'sandbox',
    figures: [
      sit('man-medium', 110, 250, BUST),
      sit('boy-light', 200, 250, 72),
      sit('girl-medium-dark', 280, 250, 72),
      put('bucket', 330, 232, 34),
      put('spiral-shell', 160, 236, 22),
    ],
  },
  {
    id: 'filmavond-op-de-sofa',
    title: { nl: 'Samen in de zetel', en: 'Together on the sofa' },
    alt: {
      nl: 'Een moeder, een vader en hun kind zitten dicht bij elkaar in de zetel met een kom popcorn.',
      en: 'A mother, a father and their child sit close together on the sofa with a bowl of popcorn.',
    },
    tags: ['thuis', 'zetel', 'gezin', 'samen', 'popcorn', 'gezellig', 'film'],
    background: 'sofa',
    figures: [
      sit('woman-medium', 130, 202, BUST),
      sit('child-medium', 200, 200, CHILD_BUST),
      sit('man-medium', 270, 202, BUST),
      put('popcorn', 200, 240, 40),
    ],
  },
  {
    id: 'oma-op-bezoek',
    title: { nl: 'Oma op bezoek', en: 'Grandma visits' },
    alt: {
      nl: 'Een grootmoeder zit in de zetel tussen haar twee kleinkinderen. Een van hen houdt een teddybeer vast.',
      en: 'A grandmother sits on the sofa between her two grandchildren. One of them holds a teddy bear.',
    },
    tags: ['grootmoeder', 'oma', 'kleinkinderen', 'bezoek', 'thuis', 'zetel', 'teddybeer'],
    background: 'sofa',
    figures: [
      sit('boy-dark', 130, 200, CHILD_BUST),
      sit('old-woman-dark', 200, 202, BUST),
      sit('girl-dark', 270, 200, CHILD_BUST),
      put('teddy-bear', 300, 232, 38),
    ],
  },
  {
    id: 'mama-voedt-baby-thuis',
    title: { nl: 'Rustig moment met de baby', en: 'A quiet moment with the baby' },
    alt: {
      nl: 'Een moeder geeft borstvoeding in de zetel. De kat ligt naast haar.',
      en: 'A mother breastfeeds her baby on the sofa. The cat lies beside her.',
    },
    tags: ['baby', 'moeder', 'borstvoeding', 'thuis', 'zetel', 'rust', 'kat'],
    background: 'sofa',
    figures: [sit('breast-feeding-light', 170, 202, 110), put('cat', 272, 212, 46, true)],
  },
  {
    id: 'taalcafe',
    title: { nl: 'Taalcafé', en: 'Language café' },
    alt: {
      nl: 'Twee moeders oefenen samen Nederlands bij een kopje thee, met een boek op tafel.',
      en: 'Two mothers practise Dutch together over a cup of tea, with a book on the table.',
    },
    tags: ['taal', 'nederlands', 'café', 'thee', 'praten', 'moeders', 'leren'],
    background: 'cafe',
    figures: [
      sit('woman-with-headscarf-medium', 140, 228, BUST),
      sit('woman-blonde-hair-light', 260, 228, BUST),
      put('teacup-without-handle', 176, CAFE_TABLE - 4, 26),
      put('open-book', 202, CAFE_TABLE - 4, 30),
      put('teacup-without-handle', 230, CAFE_TABLE - 4, 26),
    ],
  },
  {
    id: 'samen-koken',
    title: { nl: 'Samen koken', en: 'Cooking together' },
    alt: {
      nl: 'Een vader en een moeder koken samen met hun zoon. Op tafel staan een kookpot, wortels en tomaten.',
      en: 'A father and a mother cook together with their son. A pot, carrots and tomatoes are on the table.',
    },
    tags: ['koken', 'keuken', 'eten', 'samen', 'gezin', 'groenten'],
    background: 'kitchen',
    figures: [
      sit('man-cook-medium-dark', 100, 226, BUST),
      sit('boy-medium-dark', 200, 226, CHILD_BUST),
      sit('woman-cook-medium-light', 300, 226, BUST),
      put('pot-of-food', 150, KITCHEN_TABLE, 40),
      put('carrot', 236, KITCHEN_TABLE, 28),
      put('tomato', 260, KITCHEN_TABLE, 24),
    ],
  },
  {
    id: 'thee-met-grootmoeders',
    title: { nl: 'Thee met de oma’s', en: 'Tea with the grandmothers' },
    alt: {
      nl: 'Twee grootmoeders drinken thee met koekjes in een café en lachen samen.',
      en: 'Two grandmothers have tea and biscuits in a café and laugh together.',
    },
    tags: ['grootmoeders', 'oma', 'thee', 'café', 'koekjes', 'praten', 'ouderen'],
    background: 'cafe',
    figures: [
      sit('old-woman-light', 146, 228, BUST),
      sit('old-woman-medium-dark', 256, 228, BUST),
      put('teapot', 200, CAFE_TABLE - 4, 34),
      put('teacup-without-handle', 164, CAFE_TABLE - 4, 24),
      put('cookie', 236, CAFE_TABLE - 4, 24),
    ],
  },
  {
    id: 'verjaardag-in-het-buurthuis',
    title: { nl: 'Een verjaardag vieren', en: 'Celebrating a birthday' },
    alt: {
      nl: 'Kinderen en ouders vieren een verjaardag in het buurthuis met een taart, een cadeautje en ballonnen.',
      en: 'Children and parents celebrate a birthday in the community centre with a cake, a present and balloons.',
    },
    tags: ['verjaardag', 'feest', 'taart', 'buurthuis', 'kinderen', 'ouders', 'ballon'],
    background: 'communityHall',
    figures: [
      sit('woman-medium-light', 70, 228, 92),
      sit('girl-medium-light', 150, 228, 72),
      sit('boy-dark', 250, 228, 72),
      sit('man-curly-hair-dark', 330, 228, 92),
      put('birthday-cake', 200, HALL_TABLE, 50),
      put('wrapped-gift', 290, HALL_TABLE, 28),
      put('balloon', 30, 170, 44),
      put('balloon', 376, 160, 40, true),
    ],
  },
  {
    id: 'speelgroep-met-babys',
    title: { nl: 'Babygroepje', en: 'Baby group' },
    alt: {
      nl: 'Een moeder en een vader zitten met hun baby’s samen in de zachte babyhoek van een lichte speelruimte.',
      en: 'A mother and a father sit with their babies in the soft baby corner of a bright playroom.',
    },
    tags: ['baby', 'ouders', 'speelgroep', 'spelen', 'babyhoek', 'ontmoeting', 'kind en gezin'],
    background: 'babyCorner',
    figures: [
      sit('woman-curly-hair-medium-dark', 80, 252, 96),
      sit('baby-medium-dark', 160, 250, 62),
      sit('baby-light', 244, 250, 62),
      sit('man-blonde-hair-light', 322, 252, 96),
      put('teddy-bear', 202, 238, 30),
    ],
  },
  {
    id: 'glijbaan-met-mama-en-papa',
    title: { nl: 'Naar de glijbaan', en: 'Off to the slide' },
    alt: {
      nl: 'Een kind rent naar de glijbaan. Een moeder in een rolstoel en een vader kijken mee en moedigen aan.',
      en: 'A child runs to the slide. A mother in a wheelchair and a father watch and cheer.',
    },
    tags: ['speeltuin', 'glijbaan', 'spelen', 'rolstoel', 'moeder', 'vader', 'buiten'],
    background: 'playground',
    figures: [
      stand('person-running-facing-right-medium', 150, 262, 78),
      put('playground-slide', 222, 262, 116),
      stand('man-standing-medium-light', 298, 262, ADULT),
      put('woman-in-manual-wheelchair-medium-light', 352, 264, 96),
    ],
  },
  {
    id: 'voetballen-in-het-park',
    title: { nl: 'Voetballen in het park', en: 'Football in the park' },
    alt: {
      nl: 'Een vader en zijn zoon lopen achter een voetbal aan op het gras in het park.',
      en: 'A father and his son run after a football on the grass in the park.',
    },
    tags: ['voetbal', 'park', 'spelen', 'vader', 'zoon', 'bewegen', 'buiten'],
    background: 'park',
    figures: [
      stand('man-running-dark', 250, 258, 124),
      stand('person-running-dark', 130, 262, 80),
      put('soccer-ball', 190, 266, 30),
    ],
  },
  {
    id: 'wandelen-met-de-rolstoel',
    title: { nl: 'Samen wandelen', en: 'A walk together' },
    alt: {
      nl: 'Een vader in een rolstoel, een moeder en hun kind maken samen een wandeling in het park, met de hond erbij.',
      en: 'A father in a wheelchair, a mother and their child take a walk in the park, with the dog.',
    },
    tags: ['wandelen', 'park', 'rolstoel', 'gezin', 'hond', 'buiten', 'samen'],
    background: 'park',
    figures: [
      stand('woman-walking-facing-right-medium', 110, 262, ADULT),
      put('man-in-manual-wheelchair-facing-right-medium-dark', 210, 262, 104),
      stand('person-walking-facing-right-medium', 296, 264, CHILD),
      put('dog', 350, 266, 44, true),
    ],
  },
  {
    id: 'vliegeren-aan-zee',
    title: { nl: 'Vliegeren aan zee', en: 'Flying a kite at the seaside' },
    alt: {
      nl: 'Een moeder en haar dochter staan samen op het strand en laten een vlieger op.',
      en: 'A mother and her daughter stand together on the beach and fly a kite.',
    },
    tags: ['zee', 'strand', 'vlieger', 'moeder', 'dochter', 'wind', 'eenoudergezin'],
    background: 'beach',
    figures: [
      stand('woman-standing-dark', 170, 266, ADULT),
      stand('person-standing-dark', 225, 270, CHILD),
      put('kite', 270, 126, 60),
    ],
  },
  {
    id: 'zandkasteel-met-papa',
    title: { nl: 'Schelpen zoeken', en: 'Looking for shells' },
    alt: {
      nl: 'Een vader en zijn kind zitten geknield in het zand met een emmer, schelpen en een krabbetje.',
      en: 'A father and his child kneel in the sand with a bucket, shells and a little crab.',
    },
    tags: ['strand', 'zee', 'zand', 'schelpen', 'vader', 'kind', 'spelen'],
    background: 'beach',
    figures: [
      put('man-kneeling-facing-right-medium', 150, 268, 112),
      put('person-kneeling-medium', 250, 270, 74),
      put('bucket', 200, 270, 34),
      put('spiral-shell', 300, 276, 24),
      put('crab', 336, 276, 28),
    ],
  },
  {
    id: 'picknick-in-het-gras',
    title: { nl: 'Picknick', en: 'Picnic' },
    alt: {
      nl: 'Twee gezinnen picknicken samen op een dekentje in het gras, met een mand, boterhammen en fruit.',
      en: 'Two families have a picnic together on a blanket in the grass, with a basket, sandwiches and fruit.',
    },
    tags: ['picknick', 'park', 'eten', 'gezinnen', 'samen', 'buiten', 'zomer'],
    background: 'picnic',
    figures: [
      put('woman-kneeling-facing-right-medium-light', 80, 266, 110),
      put('person-kneeling-facing-right-medium-light', 130, 268, 72),
      put('basket', 190, 262, 40),
      put('sandwich', 226, 262, 28),
      put('red-apple', 160, 262, 22),
      put('person-kneeling-dark', 270, 268, 72),
      put('man-kneeling-dark', 322, 266, 110),
    ],
  },
  {
    id: 'buurtfeest-in-de-straat',
    title: { nl: 'Buurtfeest', en: 'Street party' },
    alt: {
      nl: 'Buren dansen samen op straat tijdens een buurtfeest, met ballonnen en muziek.',
      en: 'Neighbours dance together in the street at a block party, with balloons and music.',
    },
    tags: ['buurtfeest', 'straat', 'buren', 'dansen', 'muziek', 'feest', 'ballon'],
    background: 'street',
    figures: [
      stand('woman-dancing-medium-dark', 90, 270, 120),
      stand('man-dancing-medium-light', 200, 270, 120),
      stand('person-standing-medium', 290, 272, CHILD),
      stand('woman-standing-light', 340, 270, ADULT),
      put('musical-notes', 150, 150, 36),
      put('balloon', 40, 160, 44),
      put('balloon', 260, 150, 40, true),
    ],
  },
  {
    id: 'naar-school',
    title: { nl: 'Samen naar school', en: 'Walking to school' },
    alt: {
      nl: 'Een vader brengt zijn twee kinderen te voet naar de schoolpoort.',
      en: 'A father walks his two children to the school gate.',
    },
    tags: ['school', 'schoolpoort', 'vader', 'kinderen', 'wandelen', 'ochtend'],
    background: 'schoolGate',
    figures: [
      stand('man-walking-facing-right-medium-dark', 130, 272, ADULT),
      stand('person-walking-facing-right-medium-dark', 190, 276, CHILD),
      stand('person-walking-facing-right-medium-dark', 80, 278, TODDLER),
    ],
  },
  {
    id: 'praatje-aan-de-schoolpoort',
    title: { nl: 'Praatje aan de schoolpoort', en: 'A chat at the school gate' },
    alt: {
      nl: 'Twee ouders staan te praten aan de schoolpoort terwijl ze op hun kinderen wachten.',
      en: 'Two parents stand chatting at the school gate while they wait for their children.',
    },
    tags: ['school', 'schoolpoort', 'ouders', 'praten', 'wachten', 'ontmoeting'],
    background: 'schoolGate',
    figures: [
      stand('woman-standing-medium-light', 170, 272, ADULT),
      stand('man-standing-dark', 240, 272, ADULT),
      stand('person-running-facing-right-medium', 330, 276, CHILD),
    ],
  },
  {
    id: 'huisbezoek',
    title: { nl: 'Welkom thuis', en: 'Welcome at home' },
    alt: {
      nl: 'Een gezinsbegeleider staat voor de deur. Een vader met zijn dochter doet open en verwelkomt haar.',
      en: 'A family worker stands at the front door. A father and his daughter open it and welcome her.',
    },
    tags: ['huisbezoek', 'thuis', 'deur', 'welkom', 'begeleider', 'vader', 'dochter'],
    background: 'doorstep',
    figures: [
      stand('woman-standing-medium', 120, 278, ADULT),
      stand('man-standing-medium-dark', 220, 248, ADULT),
      stand('person-standing-medium-dark', 262, 250, CHILD),
    ],
  },
  {
    id: 'samen-in-de-moestuin',
    title: { nl: 'In de moestuin', en: 'In the vegetable garden' },
    alt: {
      nl: 'Een grootvader en zijn kleindochter planten samen groenten in de buurtmoestuin.',
      en: 'A grandfather and his granddaughter plant vegetables together in the community garden.',
    },
    tags: ['moestuin', 'tuin', 'planten', 'groenten', 'buiten', 'samen', 'grootvader'],
    background: 'garden',
    figures: [
      put('man-kneeling-facing-right-light', 150, 270, 112),
      put('person-kneeling-light', 250, 272, 74),
      put('seedling', 200, 268, 30),
      put('carrot', 300, 272, 26),
    ],
  },
  {
    id: 'kinderboerderij',
    title: { nl: 'Op de kinderboerderij', en: 'At the petting farm' },
    alt: {
      nl: 'Een moeder en haar kind bezoeken de kinderboerderij en kijken naar een geit en een kip.',
      en: 'A mother and her child visit the petting farm and look at a goat and a hen.',
    },
    tags: ['kinderboerderij', 'dieren', 'geit', 'kip', 'moeder', 'kind', 'uitstap'],
    background: 'farm',
    figures: [
      stand('woman-standing-medium-dark', 110, 268, ADULT),
      put('person-kneeling-medium-dark', 170, 272, 74),
      put('goat', 250, 272, 62),
      put('chicken', 330, 272, 40, true),
    ],
  },
  {
    id: 'winterwandeling',
    title: { nl: 'Sneeuwpret', en: 'Fun in the snow' },
    alt: {
      nl: 'Een moeder en haar twee kinderen hebben samen een sneeuwman gemaakt in het park.',
      en: 'A mother and her two children have built a snowman together in the park.',
    },
    tags: ['winter', 'sneeuw', 'sneeuwman', 'park', 'moeder', 'kinderen', 'buiten'],
    background: 'winterPark',
    figures: [
      stand('woman-standing-light', 150, 266, ADULT),
      stand('person-standing-light', 200, 270, CHILD),
      stand('person-standing-medium-light', 100, 272, TODDLER),
      put('snowman', 290, 268, 86),
    ],
  },
  {
    id: 'speelhoek-in-de-wachtzaal',
    title: { nl: 'Spelen in de wachtzaal', en: 'Playing in the waiting room' },
    alt: {
      nl: 'In een rustige wachtzaal speelt een moeder geknield met haar peuter op het tapijt met een teddybeer en blokken.',
      en: 'In a calm waiting room a mother kneels on the rug and plays with her toddler, a teddy bear and blocks.',
    },
    tags: ['wachtzaal', 'wachtruimte', 'spelen', 'moeder', 'peuter', 'speelgoed', 'kind en gezin'],
    background: 'waitingRoom',
    figures: [
      put('woman-kneeling-facing-right-medium-dark', 70, 270, 110),
      stand('person-standing-medium-dark', 132, 272, TODDLER),
      put('teddy-bear', 176, 272, 32),
      put('puzzle-piece', 150, 278, 22),
    ],
  },
  {
    id: 'praatje-in-de-wachtzaal',
    title: { nl: 'Praatje in de wachtzaal', en: 'A chat in the waiting room' },
    alt: {
      nl: 'Twee vaders maken kennis in de wachtzaal. Een van hen zit in een elektrische rolstoel.',
      en: 'Two fathers get to know each other in the waiting room. One of them uses a powered wheelchair.',
    },
    tags: ['wachtzaal', 'wachtruimte', 'praten', 'vaders', 'rolstoel', 'kennismaken'],
    background: 'waitingRoom',
    figures: [
      put('man-in-motorized-wheelchair-medium', 150, 274, 104),
      stand('man-standing-medium-light', 250, 272, ADULT),
      stand('person-standing-medium-light', 300, 274, TODDLER),
    ],
  },
  {
    id: 'fietsen-met-het-gezin',
    title: { nl: 'Samen fietsen', en: 'Cycling together' },
    alt: {
      nl: 'Een moeder en haar twee kinderen fietsen samen door de straat.',
      en: 'A mother and her two children cycle together down the street.',
    },
    tags: ['fietsen', 'fiets', 'straat', 'moeder', 'kinderen', 'eenoudergezin', 'bewegen'],
    background: 'street',
    figures: [
      put('woman-biking-medium', 110, 274, 110),
      put('person-biking-medium', 220, 274, 78),
      put('person-biking-medium-dark', 310, 274, 70),
    ],
  },
  {
    id: 'naar-de-markt',
    title: { nl: 'Samen op stap', en: 'Out and about together' },
    alt: {
      nl: 'Een moeder en haar zoon wandelen samen door de straat, op weg naar de markt.',
      en: 'A mother and her son walk down the street together, on their way to the market.',
    },
    tags: ['markt', 'boodschappen', 'straat', 'moeder', 'zoon', 'wandelen', 'eenoudergezin'],
    background: 'street',
    figures: [
      stand('woman-walking-facing-right-medium', 180, 272, ADULT),
      stand('person-walking-facing-right-medium', 240, 276, CHILD),
    ],
  },
  {
    id: 'dansen-in-de-woonkamer',
    title: { nl: 'Dansen in de woonkamer', en: 'Dancing in the living room' },
    alt: {
      nl: 'Een vader en zijn dochter dansen op muziek in de woonkamer.',
      en: 'A father and his daughter dance to music in the living room.',
    },
    tags: ['dansen', 'muziek', 'thuis', 'woonkamer', 'vader', 'dochter', 'plezier'],
    background: 'livingRoom',
    figures: [
      stand('man-dancing-dark', 160, 270, 124),
      stand('woman-dancing-dark', 250, 272, 82),
      put('musical-notes', 320, 120, 40),
    ],
  },
  {
    id: 'ontspannen-op-de-mat',
    title: { nl: 'Samen tot rust komen', en: 'Relaxing together' },
    alt: {
      nl: 'Een moeder en haar kind zitten in kleermakerszit op het tapijt en doen samen een ontspanningsoefening.',
      en: 'A mother and her child sit cross-legged on the rug and do a relaxation exercise together.',
    },
    tags: ['rust', 'ontspannen', 'yoga', 'thuis', 'moeder', 'kind', 'woonkamer'],
    background: 'livingRoom',
    figures: [
      put('woman-in-lotus-position-medium-light', 160, 268, 96),
      put('person-in-lotus-position-medium-light', 250, 270, 64),
      put('potted-plant', 340, 270, 50),
    ],
  },
  {
    id: 'samen-zingen',
    title: { nl: 'Samen zingen', en: 'Singing together' },
    alt: {
      nl: 'Ouders en kinderen zingen samen liedjes aan tafel in het buurthuis. Midden op tafel ligt een gitaar.',
      en: 'Parents and children sing songs together at a table in the community centre. A guitar lies in the middle of the table.',
    },
    tags: ['zingen', 'muziek', 'liedjes', 'buurthuis', 'ouders', 'kinderen', 'gitaar'],
    background: 'communityHall',
    figures: [
      sit('man-medium-dark', 70, 228, 96),
      sit('child-light', 144, 228, 72),
      sit('girl-medium-dark', 258, 228, 72),
      sit('woman-medium', 332, 228, 96),
      put('guitar', 200, HALL_TABLE, 60),
      put('musical-notes', 200, 118, 44),
    ],
  },
  {
    id: 'samen-onder-de-paraplu',
    title: { nl: 'Samen onder één paraplu', en: 'Sharing an umbrella' },
    alt: {
      nl: 'Een moeder en haar kind lopen in de regen door de straat onder één paraplu.',
      en: 'A mother and her child walk through the rain in the street under one umbrella.',
    },
    tags: ['regen', 'paraplu', 'straat', 'moeder', 'kind', 'samen', 'zorg'],
    background: 'street',
    figures: [
      stand('woman-walking-facing-right-light', 180, 272, ADULT),
      stand('person-walking-facing-right-medium-light', 232, 276, CHILD),
      put('umbrella-with-rain-drops', 204, 186, 92),
    ],
  },
  {
    id: 'een-warme-knuffel',
    title: { nl: 'Een warme knuffel', en: 'A warm hug' },
    alt: {
      nl: 'Twee mensen omhelzen elkaar in het park, onder een boom.',
      en: 'Two people hug each other in the park, under a tree.',
    },
    tags: ['knuffel', 'troost', 'warmte', 'park', 'samen', 'steun'],
    background: 'park',
    figures: [put('people-hugging', 200, 262, 150), put('red-heart', 276, 120, 30)],
  },
  {
    id: 'wandelen-met-de-geleidehond',
    title: { nl: 'Op stap met de geleidehond', en: 'Out with the guide dog' },
    alt: {
      nl: 'Een blinde vader wandelt met zijn witte stok en zijn geleidehond door het park, met zijn dochter naast hem.',
      en: 'A blind father walks through the park with his white cane and his guide dog, his daughter at his side.',
    },
    tags: ['blind', 'witte stok', 'geleidehond', 'vader', 'dochter', 'park', 'wandelen'],
    background: 'park',
    figures: [
      put('guide-dog', 110, 266, 56, true),
      stand('man-with-white-cane-facing-right-medium-dark', 180, 262, ADULT),
      stand('person-walking-facing-right-medium-dark', 250, 266, CHILD),
    ],
  },
  {
    id: 'ballonnen-in-het-park',
    title: { nl: 'Met ballonnen naar het park', en: 'To the park with balloons' },
    alt: {
      nl: 'Twee moeders en hun twee kinderen wandelen door het park met ballonnen in de hand.',
      en: 'Two mothers and their two children walk through the park holding balloons.',
    },
    tags: ['twee mama’s', 'moeders', 'gezin', 'park', 'ballon', 'wandelen', 'kinderen'],
    background: 'park',
    figures: [
      stand('woman-walking-facing-right-medium-dark', 110, 262, ADULT),
      stand('person-walking-facing-right-medium', 160, 266, CHILD),
      stand('person-walking-facing-right-medium-light', 230, 268, TODDLER),
      stand('woman-walking-facing-right-light', 290, 262, ADULT),
      put('balloon', 172, 160, 40),
      put('balloon', 246, 176, 36, true),
    ],
  },
  {
    id: 'twee-mamas-speeltuin',
    title: { nl: 'Twee mama’s in de speeltuin', en: 'Two mums at the playground' },
    alt: {
      nl: 'Twee moeders staan naast elkaar in de speeltuin en kijken hoe hun kind een radslag maakt op het gras.',
      en: 'Two mothers stand side by side at the playground and watch their child do a cartwheel on the grass.',
    },
    tags: ['twee mama’s', 'moeders', 'speeltuin', 'kind', 'spelen', 'gezin', 'buiten'],
    background: 'playground',
    figures: [
      stand('person-cartwheeling-medium', 180, 262, 74),
      stand('woman-standing-medium', 268, 262, ADULT),
      stand('woman-standing-medium-light', 318, 262, ADULT),
      put('two-hearts', 294, 112, 24),
    ],
  },
  {
    id: 'papa-met-de-tweeling',
    title: { nl: 'Papa met de tweeling', en: 'Dad with the twins' },
    alt: {
      nl: 'Een vader geeft een van zijn tweeling de fles in de zetel. Zijn andere baby zit naast hem.',
      en: 'A father bottle-feeds one of his twins on the sofa. His other baby sits next to him.',
    },
    tags: ['vader', 'papa', 'baby', 'tweeling', 'fles', 'thuis', 'zetel'],
    background: 'sofa',
    figures: [sit('man-feeding-baby-light', 160, 204, 110), sit('baby-light', 262, 200, 66)],
  },
  {
    id: 'koffie-in-de-wachtzaal',
    title: { nl: 'Koffie bij de onthaalmedewerker', en: 'Coffee with the welcome worker' },
    alt: {
      nl: 'Een onthaalmedewerker biedt een moeder koffie aan in de wachtzaal, terwijl haar kind met een bal speelt.',
      en: 'A welcome worker offers a mother coffee in the waiting room while her child plays with a ball.',
    },
    tags: ['wachtzaal', 'wachtruimte', 'onthaal', 'koffie', 'welkom', 'moeder', 'kind'],
    background: 'waitingRoom',
    figures: [
      stand('woman-standing-medium-light', 150, 272, ADULT),
      put('hot-beverage', 196, 210, 22),
      stand('woman-standing-dark', 230, 272, ADULT),
      stand('person-bouncing-ball-dark', 320, 274, 78),
    ],
  },
  {
    id: 'samen-puzzelen',
    title: { nl: 'Samen puzzelen', en: 'Doing a puzzle together' },
    alt: {
      nl: 'Een moeder in een rolstoel maakt een puzzel met haar zoon op de speelmat.',
      en: 'A mother in a wheelchair does a puzzle with her son on the play mat.',
    },
    tags: ['puzzel', 'spelen', 'rolstoel', 'moeder', 'zoon', 'speelruimte', 'samen'],
    background: 'playroom',
    figures: [
      put('woman-in-manual-wheelchair-facing-right-dark', 150, 276, 104),
      put('person-kneeling-dark', 250, 278, 74),
      put('puzzle-piece', 204, 280, 28),
      put('puzzle-piece', 296, 282, 24, true),
    ],
  },
  {
    id: 'opa-kleinzoon-eendjes',
    title: { nl: 'Eendjes kijken met opa', en: 'Watching ducks with grandpa' },
    alt: {
      nl: 'Een grootvader en zijn kleinzoon zitten samen op een bank in het park en kijken naar een eendje.',
      en: 'A grandfather and his grandson sit together on a park bench and watch a duck.',
    },
    tags: ['grootvader', 'opa', 'kleinzoon', 'park', 'bank', 'eend', 'rust'],
    background: 'parkBench',
    figures: [
      sit('old-man-medium-light', 160, 232, 100),
      sit('boy-medium-light', 240, 232, 78),
      put('duck', 330, 268, 40, true),
    ],
  },
  {
    id: 'welkom-in-het-buurthuis',
    title: { nl: 'Welkom in het buurthuis', en: 'Welcome to the community centre' },
    alt: {
      nl: 'Een begeleider schenkt thee voor een nieuwe vader met een tulband en een moeder met haar baby.',
      en: 'A facilitator pours tea for a new father wearing a turban and a mother with her baby.',
    },
    tags: ['welkom', 'buurthuis', 'thee', 'nieuw', 'ouders', 'baby', 'onthaal'],
    background: 'communityHall',
    figures: [
      sit('man-wearing-turban-medium-dark', 90, 228, BUST),
      sit('woman-medium-light', 200, 228, BUST),
      sit('woman-feeding-baby-medium', 310, 228, BUST),
      put('teapot', 150, HALL_TABLE, 34),
      put('teacup-without-handle', 250, HALL_TABLE, 24),
    ],
  },
  {
    id: 'kind-met-twee-vaders-park',
    title: { nl: 'Met papa en papa naar het park', en: 'To the park with both dads' },
    alt: {
      nl: 'Twee vaders wandelen door het park met hun kind tussen hen in.',
      en: 'Two fathers walk through the park with their child between them.',
    },
    tags: ['twee papa’s', 'vaders', 'park', 'wandelen', 'kind', 'gezin'],
    background: 'park',
    figures: [
      stand('man-walking-facing-right-light', 130, 262, ADULT),
      stand('person-walking-facing-right-medium-light', 190, 266, CHILD),
      stand('man-walking-facing-right-medium', 250, 262, ADULT),
    ],
  },
  {
    id: 'opa-ontmoet-de-baby',
    title: { nl: 'Opa ontmoet de baby', en: 'Grandpa meets the baby' },
    alt: {
      nl: 'Een grootvader zit in de zetel naast zijn dochter, die haar pasgeboren baby de fles geeft.',
      en: 'A grandfather sits on the sofa beside his daughter, who is bottle-feeding her newborn baby.',
    },
    tags: ['grootvader', 'opa', 'dochter', 'baby', 'kleinkind', 'thuis', 'zetel'],
    background: 'sofa',
    figures: [
      sit('old-man-medium-dark', 140, 202, BUST),
      sit('person-feeding-baby-medium-dark', 250, 202, 108),
    ],
  },
  {
    id: 'buitenspelen-in-de-straat',
    title: { nl: 'Buitenspelen in de straat', en: 'Playing out in the street' },
    alt: {
      nl: 'Kinderen uit de straat spelen samen buiten. Een buurvrouw kijkt toe vanaf de stoep.',
      en: 'Children from the street play outside together. A neighbour watches from the pavement.',
    },
    tags: ['buitenspelen', 'straat', 'kinderen', 'buren', 'spelen', 'buurt'],
    background: 'street',
    figures: [
      stand('woman-standing-medium-dark', 80, 246, 118),
      stand('person-bouncing-ball-light', 180, 274, 80),
      stand('person-cartwheeling-medium-dark', 270, 274, 76),
      put('kick-scooter', 350, 276, 46),
    ],
  },
  {
    id: 'kennismaken-handdruk',
    title: { nl: 'Kennismaken', en: 'Getting to know each other' },
    alt: {
      nl: 'Twee ouders geven elkaar over de tafel een hand bij hun eerste ontmoeting in het buurthuis.',
      en: 'Two parents shake hands across the table when they first meet at the community centre.',
    },
    tags: ['kennismaken', 'handdruk', 'ontmoeting', 'buurthuis', 'ouders', 'welkom'],
    background: 'communityHall',
    figures: [
      sit('woman-medium-dark', 110, 228, BUST),
      sit('man-medium-light', 290, 228, BUST),
      put('handshake', 200, 236, 54),
    ],
  },
  {
    id: 'huiswerk-aan-tafel',
    title: { nl: 'Samen huiswerk maken', en: 'Homework together' },
    alt: {
      nl: 'Een moeder helpt haar zoon met zijn huiswerk aan de keukentafel, met een schrift en een potlood.',
      en: 'A mother helps her son with his homework at the kitchen table, with a notebook and a pencil.',
    },
    tags: ['huiswerk', 'school', 'leren', 'moeder', 'zoon', 'keuken', 'tafel'],
    background: 'kitchen',
    figures: [
      sit('woman-red-hair-light', 150, 226, BUST),
      sit('boy-medium-light', 250, 226, CHILD_BUST),
      put('notebook', 206, KITCHEN_TABLE, 30),
      put('pencil', 232, KITCHEN_TABLE, 24),
      put('glass-of-milk', 310, KITCHEN_TABLE, 26),
    ],
  },
]
