import type { Language } from '../i18n/languages.ts'
import type { TranslationOf } from '../i18n/message.ts'
import { useMessages } from '../i18n/useT.ts'

/** The words of the record page and its downloads, Flemish Dutch first. */
const nl = {
  'page.loading': 'Het verslag wordt gemaakt…',
  'page.intro':
    'Alles wat nu op het bord staat, per oefening. Anonieme rondes blijven anoniem, afgeschermde notities afgeschermd.',
  'page.toBoard': 'Terug naar het bord',
  'page.downloads': 'Verslag downloaden',
  'page.pictureMissing': '(de afbeelding zelf is niet beschikbaar)',
  'page.forbidden.heading': 'Het verslag is niet gedeeld',
  'page.forbidden.body':
    'Begeleiders zien het verslag altijd; deelnemers pas als een begeleider het met hen deelt. Vraag een begeleider om het te delen, of open het via de begeleiderslink.',
  'page.unreachable.heading': 'Het verslag kon niet geladen worden',
  'page.unreachable.body':
    'De server is niet bereikbaar. Controleer de verbinding en probeer opnieuw.',
  'page.retry': 'Opnieuw proberen',
  'download.pdf': 'PDF downloaden',
  'download.markdown': 'Markdown downloaden',
  'download.pdfBusy': 'De PDF wordt gemaakt…',
  'download.markdownBusy': 'Het tekstbestand wordt gemaakt…',
  'download.done': '{file} is gedownload.',
  'download.failed': 'Het verslag kon niet gemaakt worden. Probeer het opnieuw.',
  'download.busyServer': 'De server maakt nu veel verslagen. Probeer het zo meteen opnieuw.',
  'panel.view': 'Verslag bekijken',
  'panel.viewHint': '(opent in een nieuw tabblad)',
}

const en: TranslationOf<typeof nl> = {
  'page.loading': 'Making the record…',
  'page.intro':
    'Everything on the board now, per exercise. Anonymous rounds stay anonymous, hidden notes stay hidden.',
  'page.toBoard': 'Back to the board',
  'page.downloads': 'Download the record',
  'page.pictureMissing': '(the picture itself is not available)',
  'page.forbidden.heading': 'The record is not shared',
  'page.forbidden.body':
    'Facilitators always see the record; participants once a facilitator shares it with them. Ask a facilitator to share it, or open it through the facilitator link.',
  'page.unreachable.heading': 'The record could not be loaded',
  'page.unreachable.body': 'The server cannot be reached. Check the connection and try again.',
  'page.retry': 'Try again',
  'download.pdf': 'Download PDF',
  'download.markdown': 'Download Markdown',
  'download.pdfBusy': 'Making the PDF…',
  'download.markdownBusy': 'Making the text file…',
  'download.done': '{file} has been downloaded.',
  'download.failed': 'The record could not be made. Please try again.',
  'download.busyServer': 'The server is making many records right now. Please try again shortly.',
  'panel.view': 'View the record',
  'panel.viewHint': '(opens in a new tab)',
}

export const recordMessages: Readonly<Record<Language, TranslationOf<typeof nl>>> = { nl, en }

export type RecordMessageKey = keyof typeof nl

export function useRecordT() {
  return useMessages(recordMessages)
}
