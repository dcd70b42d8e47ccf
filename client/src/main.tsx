import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { registerServiceWorker } from './offline/registerServiceWorker.ts'
import { loadBoardChunk } from './session/boardChunk.ts'
import { readSessionIdFromPath } from './session/links.ts'
import './styles.css'

// A session's link: the board's chunk is on its way before anything renders.
if (readSessionIdFromPath(location.pathname) !== null) {
  loadBoardChunk().catch(() => {
    // Offline and never kept: the board's error boundary says so when it is needed.
  })
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

registerServiceWorker()
