import { useT } from './i18n/useT.ts'
import { MessagePage } from './session/MessagePage.tsx'

/** Any path the app does not know. */
export function NotFoundPage() {
  const t = useT()
  return (
    <MessagePage heading={t('notFound.pageHeading')} testId="page-not-found">
      <p>{t('notFound.pageBody')}</p>
      <p>
        <a className="button button--primary" href="/">
          {t('app.home')}
        </a>
      </p>
    </MessagePage>
  )
}
