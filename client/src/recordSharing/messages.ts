import type { Language } from '../i18n/languages.ts'
import type { TranslationOf } from '../i18n/message.ts'
import { useMessages } from '../i18n/useT.ts'

/** The words of sharing the record (verslag) with participants, Flemish Dutch first. */
const nl = {
  'toggle.label': 'Deelnemers mogen het verslag downloaden',
  'toggle.hint': 'Ze zien dan “Verslag” bovenaan het bord. Uit tot je het aanzet.',
  'link.label': 'Verslag',
} as const

const en: TranslationOf<typeof nl> = {
  'toggle.label': 'Participants may download the record',
  'toggle.hint': 'They then see “Record” above the board. Off until you turn it on.',
  'link.label': 'Record',
}

const recordSharingMessages: Readonly<Record<Language, TranslationOf<typeof nl>>> = { nl, en }

export function useRecordSharingT() {
  return useMessages(recordSharingMessages)
}
