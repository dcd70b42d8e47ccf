import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The Node server (server/src/main.ts) serves the built client and owns /api and /yjs;
// during development Vite serves the client and hands those two paths to it.
const backend = 'http://127.0.0.1:8080'

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // tldraw is large; one warning per build about it tells us nothing new.
    chunkSizeWarningLimit: 4000,
    // Read by scripts/buildSessionPage.ts (which then deletes it): which files the board needs.
    manifest: true,
    // tldraw fetch()es its translation files; a JSON file inlined as a data: URL would be
    // blocked by the server's `connect-src 'self'`. Everything else may inline as usual.
    assetsInlineLimit: (filePath) => (filePath.endsWith('.json') ? false : undefined),
  },
  server: {
    proxy: {
      '/api': { target: backend },
      '/yjs': { target: backend, ws: true },
    },
  },
})
