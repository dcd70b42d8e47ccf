import { htmlLang, type Language } from '../i18n/languages.ts'
import type { TranslationOf } from '../i18n/message.ts'
import { useMessages } from '../i18n/useT.ts'
import { useUiStore } from '../state/uiStore.ts'

/**
 * The words of retention, Flemish Dutch first: how long the server keeps a session, on the
 * create form (`create.*`) and in the facilitator panel (`panel.*`).
 */
const nl = {
  /** `{days}` is the number as written in the language; `count` picks the form. */
  days: { one: '{days} dag', other: '{days} dagen' },
  'create.legend': 'Hoe lang bewaren?',
  'create.default': '{period} (standaard)',
  'create.kept':
    'Deze sessie wordt bewaard tot {period} na de laatste activiteit. Daarna verwijdert de server ze, met het bord, de stemmen en de foto’s.',
  'panel.keptUntil': 'Bewaard tot {date}',
  'panel.period':
    '{period} na de laatste activiteit; elke activiteit schuift die dag op. Daarna verwijdert de server de sessie.',
  'panel.loading': 'Bewaartermijn laden…',
  'panel.failed': 'Hoe lang de sessie bewaard wordt, kon niet geladen worden.',
  'panel.label': 'Bewaartermijn',
  'panel.default': '{period} (standaard)',
  'panel.save': 'Wijzigen',
  'panel.saved': 'Bewaartermijn gewijzigd.',
  'panel.saveFailed': 'De bewaartermijn kon niet gewijzigd worden. Probeer het opnieuw.',
} as const

const en: TranslationOf<typeof nl> = {
  days: { one: '{days} day', other: '{days} days' },
  'create.legend': 'How long to keep it?',
  'create.default': '{period} (default)',
  'create.kept':
    'This session is kept until {period} after its last activity. Then the server deletes it, with its board, votes and photos.',
  'panel.keptUntil': 'Kept until {date}',
  'panel.period':
    '{period} after the last activity; every activity moves that day on. Then the server deletes the session.',
  'panel.loading': 'Loading how long the session is kept…',
  'panel.failed': 'How long the session is kept could not be loaded.',
  'panel.label': 'Keep for',
  'panel.default': '{period} (default)',
  'panel.save': 'Change',
  'panel.saved': 'Retention period changed.',
  'panel.saveFailed': 'The retention period could not be changed. Please try again.',
}

export type RetentionMessageKey = keyof typeof nl

const retentionMessages: Readonly<Record<Language, TranslationOf<typeof nl>>> = { nl, en }

export interface RetentionWords {
  t(key: RetentionMessageKey, values?: Readonly<Record<string, string | number>>): string
  /** "90 dagen", "1 dag", "0,5 dagen". */
  period(days: number): string
  /** "3 maart 2027", in the reader's own time zone. */
  date(ms: number): string
}

/** The words of retention in the UI's language. */
export function useRetentionWords(): RetentionWords {
  const t = useMessages(retentionMessages)
  const language = useUiStore((state) => state.language)
  const locale = htmlLang[language]
  return {
    t,
    period: (days) => t('days', { count: days, days: new Intl.NumberFormat(locale).format(days) }),
    date: (ms) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
        ms,
      ),
  }
}
