/**
 * Writes the service worker (`dist/sw.js`) with Workbox, after the build and before the files
 * are compressed. It keeps the page's own files in the browser so that a reload while the
 * network or the server is down still opens the board from the browser's copy (IndexedDB).
 *
 * Nothing is downloaded in advance: files are kept as the page loads them, so a first visit
 * costs no more than it did. Hashed files never change and are served from the cache. The
 * page itself is always asked of the server first (the server adds to it, e.g. the tldraw
 * licence key) and the kept copy is used only when the server does not answer in time.
 * Photos and everything else under /api/ are never kept: they belong to a session that may
 * be deleted, and the board's own copy says when.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateSW } from 'workbox-build'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [],
  // Keeps what the page loaded before the worker ran (client/public/sw-cache-loaded.js).
  importScripts: ['/sw-cache-loaded.js'],
  swDest: resolve(dist, 'sw.js'),
  // The runtime goes inside sw.js: the default would load it from a CDN.
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  runtimeCaching: [
    {
      // The start page and sessions (/s/<id>, /s/<id>/verslag): the app's page.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && (url.pathname === '/' || url.pathname.startsWith('/s/')),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'reflectiebord-pages',
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 60 },
      },
    },
    {
      // Vite's files carry a content hash in their name: a cached one is always right.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
      handler: 'CacheFirst',
      options: {
        cacheName: 'reflectiebord-assets',
        expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 },
      },
    },
    {
      // Library pictures, icons and the like: fresh when possible, else the kept copy.
      urlPattern: ({ url, sameOrigin, request }) =>
        sameOrigin &&
        request.method === 'GET' &&
        !url.pathname.startsWith('/api/') &&
        !url.pathname.startsWith('/yjs/') &&
        request.mode !== 'navigate',
      handler: 'StaleWhileRevalidate',
      options: {
        cacheName: 'reflectiebord-files',
        expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 },
      },
    },
  ],
})
for (const warning of warnings) console.warn(warning)
console.log(`service worker: ${count} file(s) kept in advance (${size} bytes)`)
