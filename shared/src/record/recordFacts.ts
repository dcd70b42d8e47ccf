import type { RecordLanguage } from '../exercises/ExerciseModule.ts'
import type { SessionRecord } from './sessionRecord.ts'

/** One line of what a record says about the session as a whole: "Datum: …", "Duur: …". */
export interface RecordFact {
  label: string
  value: string
}

const locales: Readonly<Record<RecordLanguage, string>> = { nl: 'nl-BE', en: 'en-GB' }

/**
 * The head of a record, the same in every form it takes (the page, Markdown, the PDF): its
 * heading, the facts under it and the name of its file. One place, so the three cannot drift.
 */
const words = {
  nl: {
    record: 'Verslag',
    date: 'Datum',
    duration: 'Duur',
    people: 'Deelnemers',
    keptUntil: 'Bewaard tot',
    peopleCount: (count: number) => (count === 1 ? '1 persoon' : `${count} personen`),
    sameDay: (day: string, from: string, to: string) =>
      `${day}, van ${dutchTime(from)} tot ${dutchTime(to)} uur`,
    span: (fromDay: string, from: string, toDay: string, to: string) =>
      `van ${fromDay}, ${dutchTime(from)} uur tot ${toDay}, ${dutchTime(to)} uur`,
    together: (duration: string) => `${duration} samen in de sessie`,
    neverTogether: '— (er waren nog nooit twee mensen tegelijk in de sessie)',
    hours: 'u',
    days: (days: string, one: boolean) => (one ? `${days} dag` : `${days} dagen`),
    kept: (day: string, days: string) =>
      `${day} (${days} na de laatste activiteit; daarna verwijdert de server de sessie)`,
  },
  en: {
    record: 'Record',
    date: 'Date',
    duration: 'Duration',
    people: 'Participants',
    keptUntil: 'Kept until',
    peopleCount: (count: number) => (count === 1 ? '1 person' : `${count} people`),
    sameDay: (day: string, from: string, to: string) => `${day}, ${from}–${to}`,
    span: (fromDay: string, from: string, toDay: string, to: string) =>
      `from ${fromDay}, ${from} to ${toDay}, ${to}`,
    together: (duration: string) => `${duration} together in the session`,
    neverTogether: '— (never two people in the session at once yet)',
    hours: 'h',
    days: (days: string, one: boolean) => (one ? `${days} day` : `${days} days`),
    kept: (day: string, days: string) =>
      `${day} (${days} after the last activity; then the server deletes the session)`,
  },
} as const satisfies Record<RecordLanguage, unknown>

/** "Verslag: <titel>". */
export function recordHeading(record: SessionRecord): string {
  return `${words[record.language].record}: ${record.title}`
}

/** `Verslag <titel> <yyyy-mm-dd>.<extension>`, the name a download is saved under. */
export function recordFileName(record: SessionRecord, extension: 'md' | 'pdf'): string {
  return `${words[record.language].record} ${record.title} ${record.date}.${extension}`
}

/**
 * What the record says about the session as a whole, in the record's language, in the order
 * a reader looks for it: when, how long, who, and how long it is kept. The Markdown, the
 * record page and the PDF all write these lines, so they say the same.
 */
export function recordFacts(record: SessionRecord): RecordFact[] {
  const w = words[record.language]
  const facts: RecordFact[] = [
    { label: w.date, value: recordWhen(record) },
    {
      label: w.duration,
      value:
        record.durationMinutes === null
          ? w.neverTogether
          : w.together(formatDuration(record.durationMinutes, record.language)),
    },
    {
      label: w.people,
      value:
        record.people.kind === 'names'
          ? record.people.names.join(', ')
          : w.peopleCount(record.people.count),
    },
  ]
  if (record.keptUntil && record.retentionDays !== null) {
    const days = new Intl.NumberFormat(locales[record.language]).format(record.retentionDays)
    facts.push({
      label: w.keptUntil,
      value: w.kept(
        formatDay(record.keptUntil, record.language, false),
        w.days(days, record.retentionDays === 1),
      ),
    })
  }
  return facts
}

/** The day and, once people met, the hours: "woensdag 2 december 2026, van 9.30 tot 11.45 uur". */
function recordWhen(record: SessionRecord): string {
  const w = words[record.language]
  if (!record.period) return formatDay(record.date, record.language)
  const [fromDate = record.date, fromTime = ''] = record.period.from.split('T')
  const [toDate = fromDate, toTime = ''] = record.period.to.split('T')
  const fromDay = formatDay(fromDate, record.language)
  if (fromDate === toDate) return w.sameDay(fromDay, fromTime, toTime)
  return w.span(fromDay, fromTime, formatDay(toDate, record.language), toTime)
}

/** "2 u 15 min", "45 min", "3 u" (nl); "2 h 15 min" (en). */
export function formatDuration(minutes: number, language: RecordLanguage): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const h = `${hours} ${words[language].hours}`
  if (hours === 0) return `${rest} min`
  return rest === 0 ? h : `${h} ${rest} min`
}

/** A `yyyy-mm-dd` day in words: "woensdag 2 december 2026", without the weekday if asked. */
export function formatDay(date: string, language: RecordLanguage, weekday = true): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  const text = new Intl.DateTimeFormat(locales[language], {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    // The day is already the local one: written as is, not moved by a time zone.
    timeZone: 'UTC',
  }).format(Date.UTC(year, month - 1, day))
  // en-GB writes "Wednesday, 2 December 2026"; the comma would stand beside the time's.
  return text.replace(',', '')
}

/** "09:30" as Flemish Dutch writes it: "9.30". */
function dutchTime(time: string): string {
  return time.replace(/^0(?=\d)/, '').replace(':', '.')
}
