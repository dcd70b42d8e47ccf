import { LanguageSwitch } from './i18n/LanguageSwitch.tsx'
import { useT } from './i18n/useT.ts'

/** The header of every page except the board, which has its own top bar. */
export function PageHeader() {
  const t = useT()
  return (
    <header className="page-header">
      <a className="page-header__brand" href="/">
        <span aria-hidden="true" className="page-header__logo">
          ▦
        </span>{' '}
        {t('app.name')}
      </a>
      <LanguageSwitch />
    </header>
  )
}
