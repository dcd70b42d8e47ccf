// Part of the service worker (imported by sw.js, see client/scripts/buildServiceWorker.ts).
// The first visit loads the page before the service worker runs, so nothing of it would be
// kept; the page then sends the addresses it loaded, and they are kept here, in the same
// caches the worker's own rules use. Never anything under /api/ or /yjs/.
self.addEventListener('message', (event) => {
  const data = event.data
  if (data?.type !== 'reflectiebord:keep-loaded' || !Array.isArray(data.urls)) return
  const keep = async () => {
    for (const address of data.urls.slice(0, 300)) {
      if (typeof address !== 'string') continue
      const url = new URL(address, self.location.origin)
      if (url.origin !== self.location.origin) continue
      if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/yjs/')) continue
      const name =
        data.page === address
          ? 'reflectiebord-pages'
          : url.pathname.startsWith('/assets/')
            ? 'reflectiebord-assets'
            : 'reflectiebord-files'
      try {
        const cache = await caches.open(name)
        if (await cache.match(url.href)) continue
        const response = await fetch(url.href, { credentials: 'same-origin' })
        if (response.ok) await cache.put(url.href, response)
      } catch {
        // Offline already, or the file is gone: the next visit keeps it.
      }
    }
  }
  event.waitUntil(keep())
})
