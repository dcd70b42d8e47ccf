import { useCallback } from 'react'
import { useUiStore } from '../state/uiStore.ts'
import { type Language, messagesByLanguage } from './languages.ts'
import type { MessageKey } from './nl.ts'

export type Translate = (
  key: MessageKey,
  values?: Readonly<Record<string, string | number>>,
) => string

/** Fills `{name}` placeholders; an unknown placeholder stays visible so it gets noticed. */
export function formatMessage(
  template: string,
  values?: Readonly<Record<string, string | number>>,
): string {
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
  catalogue: Readonly<Record<Language, Readonly<Record<K, string>>>>,
): (key: K, values?: Readonly<Record<string, string | number>>) => string {
  const language = useUiStore((state) => state.language)
  return useCallback(
    (key: K, values?: Readonly<Record<string, string | number>>) =>
      formatMessage(catalogue[language][key], values),
    [catalogue, language],
  )
}

/** The translate function for the current UI language. */
export function useT(): Translate {
  return useMessages(messagesByLanguage)
}
