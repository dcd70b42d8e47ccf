import { htmlLang, type Language } from './languages.ts'

/**
 * A message that agrees with a number: "1 stelling", "3 stellingen". Its `{count}` is the
 * number it agrees with. Dutch and English have only these two cardinal forms; a language
 * with more would add them here.
 */
export interface PluralMessage {
  readonly one: string
  readonly other: string
}

const rulesByLanguage = new Map<Language, Intl.PluralRules>()

function rulesFor(language: Language): Intl.PluralRules {
  let rules = rulesByLanguage.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(htmlLang[language])
    rulesByLanguage.set(language, rules)
  }
  return rules
}

/** The form of `message` that goes with `count`, by the language's own plural rules. */
export function plural(message: PluralMessage, count: number, language: Language): string {
  return rulesFor(language).select(count) === 'one' ? message.one : message.other
}
