import type { Language } from './languages.ts'
import type { PluralMessage } from './plural.ts'

/** One message: a sentence with `{name}` placeholders, or the forms that agree with `{count}`. */
export type Message = string | PluralMessage

export type MessageValues = Readonly<Record<string, string | number>>

/**
 * A translation of `Source`: the same keys, each a plain string where the source has one and
 * plural forms where the source has them, so a language cannot forget a plural.
 */
export type TranslationOf<Source> = {
  readonly [K in keyof Source]: Source[K] extends string ? string : PluralMessage
}

/** Every language's messages, by key: the app's own, or an exercise's. */
export type Catalogue<K extends string> = Readonly<Record<Language, Readonly<Record<K, Message>>>>
