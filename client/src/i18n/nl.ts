/**
 * Dutch (nl-BE) messages: the default language and the source of the message keys. Every other
 * language must provide exactly these keys (see {@link Messages}). `{name}` marks a value that
 * `useT()` fills in.
 */
export const nl = {
  'app.name': 'Reflectiebord',
  'app.tagline': 'Een gedeeld bord voor intervisie en reflectie, op je eigen server.',
  'app.home': 'Naar de startpagina',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'create.heading': 'Nieuwe sessie',
  'create.intro':
    'Geef je sessie een titel. Je krijgt meteen twee links: één voor jezelf als begeleider en één voor je collega’s.',
  'create.titleLabel': 'Titel van de sessie',
  'create.titleHint': 'Bijvoorbeeld “Intervisie team Gent, 14 maart”. Maximaal {max} tekens.',
  'create.submit': 'Sessie aanmaken',
  'create.submitting': 'Bezig met aanmaken…',
  'create.error.empty': 'Vul een titel in.',
  'create.error.tooLong': 'De titel is te lang: gebruik maximaal {max} tekens.',
  'create.error.controlCharacters': 'De titel bevat onzichtbare tekens. Typ hem opnieuw.',
  'create.error.server': 'De sessie kon niet aangemaakt worden. Probeer het straks opnieuw.',
  'create.error.network':
    'De server is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',

  'links.createdHeading': 'Je sessie “{title}” is klaar',
  'links.facilitatorLabel': 'Jouw begeleiderslink',
  'links.facilitatorSecret': 'Bewaar deze link voor jezelf: wie hem heeft, begeleidt de sessie.',
  'links.participantLabel': 'Link voor deelnemers',
  'links.participantHint': 'Deel deze link met je collega’s.',
  'links.copy': 'Kopiëren',
  'links.copyFacilitator': 'Begeleiderslink kopiëren',
  'links.copyParticipant': 'Deelnemerslink kopiëren',
  'links.copied': 'Gekopieerd',
  'links.copyFailed': 'Kopiëren lukte niet: selecteer de link en kopieer hem zelf.',
  'links.openAsFacilitator': 'Open als begeleider',

  'mySessions.heading': 'Mijn sessies',
  'mySessions.intro': 'Sessies die je in deze browser aanmaakte. Alleen jij ziet deze lijst.',
  'mySessions.empty': 'Je hebt in deze browser nog geen sessies aangemaakt.',
  'mySessions.createdAt': 'Aangemaakt op {date}',
  'mySessions.open': 'Openen',
  'mySessions.openLabel': 'Sessie “{title}” openen als begeleider',
  'mySessions.forget': 'Vergeten',
  'mySessions.forgetLabel': 'Sessie “{title}” uit deze lijst verwijderen',
  'mySessions.forgetConfirm':
    'Sessie “{title}” uit deze lijst verwijderen? De sessie zelf blijft bestaan, maar zonder de begeleiderslink kan je ze niet meer begeleiden.',

  'join.loading': 'Sessie laden…',
  'join.heading': 'Hoe wil je heten op het bord?',
  'join.intro': 'Je collega’s zien deze naam bij je cursor. Een voornaam volstaat.',
  'join.nameLabel': 'Je naam',
  'join.submit': 'Naar het bord',
  'join.asFacilitator': 'Je komt binnen als begeleider.',
  'join.error.empty': 'Vul een naam in.',
  'join.error.tooLong': 'Die naam is te lang: gebruik maximaal {max} tekens.',
  'join.error.controlCharacters': 'De naam bevat onzichtbare tekens. Typ hem opnieuw.',
  'join.offlineNotice':
    'De server is nu niet bereikbaar. Je kan verder werken op de versie die in deze browser bewaard is.',

  'notFound.heading': 'Deze sessie bestaat niet (meer)',
  'notFound.body':
    'Deze sessie bestaat niet (meer). Misschien is de link niet volledig gekopieerd, of werd de sessie verwijderd. Vraag de begeleider om een nieuwe link.',
  'notFound.pageHeading': 'Deze pagina bestaat niet',
  'notFound.pageBody': 'Het adres klopt niet. Controleer de link of ga naar de startpagina.',
  'wrongKey.heading': 'Deze begeleiderslink klopt niet',
  'wrongKey.body':
    'De sessie bestaat, maar de sleutel in je begeleiderslink hoort er niet bij. Misschien is de link niet volledig gekopieerd. Je kan wel deelnemen met de gewone link.',
  'wrongKey.joinAsParticipant': 'Deelnemen zonder begeleidersrol',
  'unreachable.heading': 'De server is niet bereikbaar',
  'unreachable.body':
    'We kunnen de sessie nu niet openen. Controleer je internetverbinding en probeer opnieuw.',
  'unreachable.retry': 'Opnieuw proberen',
  'refused.invalidParams':
    'De server weigerde de verbinding omdat je naam niet geldig is. Kies een andere naam.',
  'refused.unauthorized':
    'De server weigerde je begeleiderslink. Open de sessie opnieuw met de juiste link.',
  'refused.chooseName': 'Andere naam kiezen',

  'board.loading': 'Het bord wordt geladen…',
  'board.loadingOffline':
    'Het bord wacht op de server. Zodra de verbinding er is, verschijnt het bord.',
  'board.error': 'Het bord kon niet geladen worden: {reason}',
  'board.errorNewerVersion':
    'dit bord werd gemaakt met een nieuwere versie van Reflectiebord. Herlaad de pagina.',
  'board.errorBroken': 'de inhoud van het bord kon niet gelezen worden.',
  'board.facilitatorBadge': 'Begeleider',
  'board.links': 'Links',
  'board.linksHeading': 'Links van deze sessie',
  'board.close': 'Sluiten',
  'board.tooBig':
    'Je laatste wijziging was te groot om te versturen (bijvoorbeeld een zeer grote afbeelding). Maak ze kleiner en probeer opnieuw.',
  'board.pageName': 'Pagina 1',
  'board.label': 'Reflectiebord: {title}',

  'connection.connected': 'Verbonden',
  'connection.connecting': 'Verbinden…',
  'connection.reconnecting': 'Opnieuw verbinden…',
  'connection.offline': 'Offline – je werk wordt lokaal bewaard',
} as const

export type MessageKey = keyof typeof nl
/** A complete set of messages: every key of the Dutch set, no more, no less. */
export type Messages = { readonly [K in MessageKey]: string }
