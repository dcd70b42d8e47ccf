import { lazy, type ReactNode, Suspense, useEffect, useSyncExternalStore } from 'react'
import { ChunkErrorBoundary } from './ChunkErrorBoundary.tsx'
import { htmlLang } from './i18n/languages.ts'
import { NotFoundPage } from './NotFoundPage.tsx'
import { readRecordSessionIdFromPath } from './record/recordLinks.ts'
import { readSessionIdFromPath } from './session/links.ts'
import { SessionPage } from './session/SessionPage.tsx'
import { useUiStore } from './state/uiStore.ts'

// A participant follows a session's link: the start page (creating a session) and the record
// are chunks of their own, fetched only on their routes.
const HomePage = lazy(() => import('./home/HomePage.tsx').then((m) => ({ default: m.HomePage })))
const RecordPage = lazy(() =>
  import('./record/RecordPage.tsx').then((m) => ({ default: m.RecordPage })),
)

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

  if (pathname === '/' || pathname === '/index.html') return <Lazy page={<HomePage />} />
  const sessionId = readSessionIdFromPath(pathname)
  // Keyed by id so that moving between sessions starts from a clean page.
  if (sessionId !== null) return <SessionPage key={sessionId} sessionId={sessionId} />
  const recordSessionId = readRecordSessionIdFromPath(pathname)
  if (recordSessionId !== null)
    return <Lazy page={<RecordPage key={recordSessionId} sessionId={recordSessionId} />} />
  return <NotFoundPage />
}

/** A route fetched when needed: blank for the moment it takes, a calm message if it fails. */
function Lazy({ page }: { page: ReactNode }) {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={null}>{page}</Suspense>
    </ChunkErrorBoundary>
  )
}
