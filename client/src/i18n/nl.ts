import type { TranslationOf } from './message.ts'

/**
 * Dutch (nl-BE) messages: the default language and the source of the message keys. Every other
 * language must provide exactly these keys (see {@link Messages}). `{name}` marks a value that
 * `useT()` fills in; a message with `one` and `other` forms agrees with its `{count}`.
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
  'create.error.retention': 'Zo lang bewaart deze server geen sessies. Kies een kortere termijn.',
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
  'chunk.failed.heading': 'Dit deel van de pagina kon niet geladen worden',
  'chunk.failed.body':
    'De server is even niet bereikbaar. Er gaat niets verloren: probeer het opnieuw zodra de verbinding terug is.',
  'chunk.failed.retry': 'Opnieuw proberen',
  'chunk.partsFailed':
    'Een deel van de oefening kon nog niet geladen worden. Het wordt opnieuw geprobeerd zodra de verbinding terug is.',
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
  'board.results': 'Resultaten: {title}',
  'board.resultsHint':
    'Wat deze oefening opleverde. Het staat ook in het verslag en in de lijstweergave.',

  'connection.connected': 'Verbonden',
  'connection.connecting': 'Verbinden…',
  'connection.reconnecting': 'Opnieuw verbinden…',
  'connection.offline': 'Offline – je werk wordt lokaal bewaard',

  'full.heading': 'Deze sessie is vol',
  'full.body':
    'Deze sessie is vol: het maximum aantal deelnemers is bereikt. Neem contact op met de begeleider van de sessie; die kan extra plaatsen openzetten. Daarna kan je het opnieuw proberen.',
  'full.retry': 'Opnieuw proberen',

  'phase.banner': 'Oefening en fase',
  'phase.of': 'Fase {number} van {count}',
  'phase.showMore': 'Toon de hele opdracht',
  'phase.goToWork': 'Naar de opdracht',
  'phase.showLess': 'Toon minder',
  'timer.label': 'Resterende tijd',
  'timer.running': 'loopt',
  'timer.paused': 'gepauzeerd',
  'timer.ready': 'nog niet gestart',
  'timer.expired': 'De tijd is om',
  'timer.expiredAnnouncement': 'De tijd is om voor deze fase.',

  'closed.banner':
    'Deze sessie is afgesloten. Je kan het bord nog bekijken, maar niet meer aanpassen.',
  'follow.following': 'Je volgt {name}',
  'follow.stop': 'Zelf rondkijken',
  'follow.dismissed': '{name} vraagt iedereen om mee te kijken.',
  'follow.resume': 'Opnieuw volgen',
  'follow.leading': 'Iedereen volgt jou',
  'follow.stopLeadingShort': 'Stoppen',
  'follow.stopLeading': 'Niet meer laten volgen',
  'follow.someone': 'de begeleider',

  'facilitator.toggle': 'Begeleiden',
  'facilitator.panel': 'Begeleidingspaneel',
  'facilitator.close': 'Paneel sluiten',
  'facilitator.errorPrefix': 'Dat lukte niet:',
  'facilitator.busy': 'Bezig…',

  'people.heading': 'Aanwezigen',
  'people.empty': 'Nog niemand op het bord.',
  'people.online': 'online',
  'people.offline': 'offline',
  'people.you': '(jij)',
  'people.role.facilitator': 'Begeleider',
  'people.role.coFacilitator': 'Medebegeleider',
  'people.role.participant': 'Deelnemer',
  'people.grant': 'Maak begeleider',
  'people.grantLabel': 'Maak {name} medebegeleider',
  'people.revoke': 'Geen begeleider meer',
  'people.revokeLabel': 'Neem de begeleidersrol van {name} terug',
  'people.capLabel': 'Maximum aantal deelnemers',
  'people.capSave': 'Bewaren',
  'people.capUsage': {
    one: '{used} van {count} plaats bezet',
    other: '{used} van {count} plaatsen bezet',
  },
  'people.capHint': 'Begeleiders tellen niet mee.',

  'templates.choose': 'Kies een oefening',
  'panelFold.otherExercise': 'Een andere oefening kiezen',
  'panelFold.prepare': 'Oefeningen voorbereiden',
  'panelFold.people': {
    one: 'Aanwezigen ({count} online) en plaatsen',
    other: 'Aanwezigen ({count} online) en plaatsen',
  },
  'panelFold.session': 'Sessie: bewaren, sluiten of verwijderen',
  'templates.heading': 'Oefeningen',
  'templates.load': 'Laden',
  'templates.loadLabel': 'Laden: oefening “{title}” op het bord zetten',
  'templates.loaded': 'Op het bord',
  'templates.noneLoaded': 'Nog geen oefening op het bord.',
  'templates.active': 'Actief',
  'templates.select': 'Actief maken',
  'templates.selectLabel': 'Actief maken: “{title}”',
  'templates.show': 'Toon',
  'templates.showLabel': 'Toon “{title}” op het bord',
  'templates.remove': 'Verwijderen',
  'templates.removeLabel': 'Verwijderen: de zones van “{title}” van het bord halen',
  'templates.removeConfirm':
    'De zones van “{title}” van het bord halen? Wat deelnemers schreven, blijft op het bord staan.',
  'templates.copy': '{title} ({number})',

  'phases.heading': 'Fase',
  'phases.none': 'Laad eerst een oefening.',
  'phases.current': 'Nu: fase {number} van {count}',
  'phases.previous': 'Vorige fase',
  'phases.next': 'Volgende fase',
  'phases.jumpTo': 'Spring naar een fase',
  'phases.currentMarker': 'huidige fase',

  'timerPanel.heading': 'Timer',
  'timerPanel.minutes': 'Minuten',
  'timerPanel.start': 'Start',
  'timerPanel.pause': 'Pauzeer',
  'timerPanel.resume': 'Verder',
  'timerPanel.addMinute': '+1 minuut',
  'timerPanel.reset': 'Terugzetten',
  'timerPanel.autoStart': 'De tijd van elke fase start vanzelf',
  'timerPanel.sound': 'Zacht belletje als de tijd om is',
  'timerPanel.ownCarriesOn': 'Je eigen timer loopt door; deze fase heeft {minutes} minuten.',
  'timerPanel.startPhase': 'Start {minutes} min voor deze fase',

  'followPanel.heading': 'Iedereen hierheen',
  'followPanel.hint': 'Iedereen ziet dan wat jij ziet. Deelnemers kunnen zelf weer rondkijken.',
  'followPanel.toggle': 'Iedereen volgt mij',

  'recordPanel.heading': 'Verslag',
  'recordPanel.intro':
    'Alles wat nu op het bord staat, per oefening: als pagina, als PDF of als tekstbestand (Markdown). Anonieme rondes blijven anoniem, afgeschermde notities afgeschermd.',
  'sessionPanel.heading': 'Sessie',
  'sessionPanel.close': 'Sessie sluiten',
  'sessionPanel.closeConfirm':
    'De sessie sluiten? Niemand kan het bord nog aanpassen tot je de sessie heropent.',
  'sessionPanel.delete': 'Sessie verwijderen',
  'sessionPanel.deleteHint':
    'Verwijderen wist het bord, de stemmen en de foto’s van deze sessie voorgoed, voor iedereen.',
  'sessionPanel.deleteConfirm':
    'Deze sessie voorgoed verwijderen? Het bord, de stemmen en de foto’s verdwijnen voor iedereen en kunnen niet terug.',
  'sessionPanel.deleteFailed': 'Verwijderen lukte niet. Probeer het opnieuw.',
  'sessionPanel.reopen': 'Sessie heropenen',
  'sessionPanel.closedNote': 'De sessie is gesloten: het bord is alleen-lezen.',

  'boardRecords.skipped': {
    one: '{count} onderdeel van het bord kon niet getoond worden.',
    other: '{count} onderdelen van het bord konden niet getoond worden.',
  },
  'boardRecords.hint':
    'Het is beschadigd of komt uit een andere app. De rest van het bord werkt gewoon.',
  'boardRecords.remove': {
    one: 'Verwijder het voor iedereen',
    other: 'Verwijder ze voor iedereen',
  },

  'commandError.not-facilitator': 'je hebt geen begeleidersrechten (meer) in deze sessie.',
  'commandError.session-closed': 'de sessie is gesloten. Heropen ze eerst.',
  'commandError.session-not-found': 'deze sessie bestaat niet meer.',
  'commandError.invalid-duration': 'kies een tijd tussen 1 minuut en 4 uur.',
  'commandError.invalid-cap': 'kies een aantal deelnemers tussen 1 en 100.',
  'commandError.invalid-position': 'de plaats op het bord is ongeldig.',
  'commandError.unknown-template': 'die oefening bestaat niet (meer).',
  'commandError.unknown-instance': 'die oefening staat niet (meer) op het bord.',
  'commandError.unknown-person': 'die persoon was nog niet in deze sessie.',
  'commandError.no-activity': 'laad eerst een oefening.',
  'commandError.phase-out-of-range': 'die fase bestaat niet in deze oefening.',
  'commandError.no-timer': 'er loopt nog geen timer. Start er eerst een.',
  'commandError.network': 'de server is niet bereikbaar. Controleer je verbinding.',
  'commandError.other': 'de server weigerde de opdracht. Probeer het opnieuw.',
  'commandError.unknown-shape': 'dat briefje staat niet (meer) op het bord.',
  'commandError.not-redactable': 'dit onderdeel heeft geen tekst om af te schermen.',
  'commandError.unknown-record': 'dat onderdeel staat niet (meer) op het bord.',
  'commandError.not-removable': 'het bord kan niet zonder dit onderdeel.',
  'commandError.wrong-exercise': 'maak eerst de juiste oefening actief.',
} as const

export type MessageKey = keyof typeof nl
/**
 * A complete set of messages: every key of the Dutch set, no more, no less, with plural
 * forms where Dutch has them.
 */
export type Messages = TranslationOf<typeof nl>
