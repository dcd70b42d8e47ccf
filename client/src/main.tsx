import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { boardPainted } from './board/boardPaintMark.ts'
import { registerServiceWorker } from './offline/registerServiceWorker.ts'
import { loadBoardChunk } from './session/boardChunk.ts'
import { readSessionIdFromPath } from './session/links.ts'
import { prepareBoardOfLink } from './session/prepareBoardOfLink.ts'
import './styles.css'

// A session's link: the board's chunk is on its way before anything renders (the page the
// server sends for it asks for it even sooner: scripts/buildSessionPage.ts), and so is its
// data when this tab joined before (a reload): see SessionPage and board/boardSync.ts.
const sessionId = readSessionIdFromPath(location.pathname)
if (sessionId !== null) {
  loadBoardChunk().catch(() => {
    // Offline and never kept: the board's error boundary says so when it is needed.
  })
  prepareBoardOfLink(sessionId)
}

/** A board that has not painted by then (a name to give, a session not found) waits no more. */
const SERVICE_WORKER_AT_LATEST_MS = 10_000

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// On a session's link, once the board is painted (or has had its chance).
registerServiceWorker(sessionId !== null ? boardPainted(SERVICE_WORKER_AT_LATEST_MS) : undefined)
