import { useCallback } from 'react'
import { useUiStore } from '../state/uiStore.ts'
import { type Language, messagesByLanguage } from './languages.ts'
import type { Catalogue, Message, MessageValues } from './message.ts'
import type { MessageKey } from './nl.ts'
import { plural } from './plural.ts'

export type Translate = (key: MessageKey, values?: MessageValues) => string

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. A
 * plural message takes the form that agrees with `values.count` (`other` without one).
 */
export function formatMessage(
  message: Message,
  values?: MessageValues,
  language: Language = 'nl',
): string {
  const count = values?.count
  const template =
    typeof message === 'string'
      ? message
      : typeof count === 'number'
        ? plural(message, count, language)
        : message.other
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}

/**
 * A translate function over any catalogue with the same keys in every language: the app's own
 * messages, or an exercise's, which keeps its texts beside its code.
 */
export function useMessages<K extends string>(
  catalogue: Catalogue<K>,
): (key: K, values?: MessageValues) => string {
  const language = useUiStore((state) => state.language)
  return useCallback(
    (key: K, values?: MessageValues) => formatMessage(catalogue[language][key], values, language),
    [catalogue, language],
  )
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useMessages(messagesByLanguage)
}
