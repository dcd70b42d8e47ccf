import { useEffect, useSyncExternalStore } from 'react'
import { HomePage } from './home/HomePage.tsx'
import { htmlLang } from './i18n/languages.ts'
import { NotFoundPage } from './NotFoundPage.tsx'
import { RecordPage } from './record/RecordPage.tsx'
import { readRecordSessionIdFromPath } from './record/recordLinks.ts'
import { readSessionIdFromPath } from './session/links.ts'
import { SessionPage } from './session/SessionPage.tsx'
import { useUiStore } from './state/uiStore.ts'

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

const readPathname = () => location.pathname

/**
 * A tiny router: `/` is home, `/s/:id` a session, `/s/:id/verslag` its record, anything else
 * not found.
 */
export function App() {
  const pathname = useSyncExternalStore(subscribeToLocation, readPathname)
  const language = useUiStore((state) => state.language)

  useEffect(() => {
    document.documentElement.lang = htmlLang[language]
  }, [language])

  if (pathname === '/' || pathname === '/index.html') return <HomePage />
  const sessionId = readSessionIdFromPath(pathname)
  // Keyed by id so that moving between sessions starts from a clean page.
  if (sessionId !== null) return <SessionPage key={sessionId} sessionId={sessionId} />
  const recordSessionId = readRecordSessionIdFromPath(pathname)
  if (recordSessionId !== null)
    return <RecordPage key={recordSessionId} sessionId={recordSessionId} />
  return <NotFoundPage />
}
