import { en } from './en.ts'
import { type Messages, nl } from './nl.ts'

export type Language = 'nl' | 'en'
export const languages: readonly Language[] = ['nl', 'en']

export const messagesByLanguage: Readonly<Record<Language, Messages>> = { nl, en }

/** The value for `<html lang>`: our Dutch is Flemish (nl-BE). */
export const htmlLang: Readonly<Record<Language, string>> = { nl: 'nl-BE', en: 'en' }

/** Locale for dates and numbers. */
export const dateLocale: Readonly<Record<Language, string>> = { nl: 'nl-BE', en: 'en-GB' }

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en'
}
