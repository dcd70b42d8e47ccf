import { useUiStore } from '../state/uiStore.ts'
import { isLanguage, languages } from './languages.ts'
import { useT } from './useT.ts'

/** A labelled select rather than flags: flags stand for countries, not languages. */
export function LanguageSwitch() {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const setLanguage = useUiStore((state) => state.setLanguage)
  return (
    <label className="language-switch">
      <span className="language-switch__label">{t('language.label')}</span>
      <select
        data-testid="language-switch"
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value)
        }}
      >
        {languages.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </label>
  )
}
