import { useCallback } from 'react'
import { useUiStore } from '../state/uiStore.ts'
import { messagesByLanguage } from './languages.ts'
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

/** The translate function for the current UI language. */
export function useT(): Translate {
  const language = useUiStore((state) => state.language)
  return useCallback(
    (key, values) => formatMessage(messagesByLanguage[language][key], values),
    [language],
  )
}
