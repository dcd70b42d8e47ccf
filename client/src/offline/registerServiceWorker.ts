/**
 * Registers the service worker that keeps the page's own files (see
 * client/scripts/buildServiceWorker.ts), so a reload without network still opens the board
 * from this browser's copy. Only in a built page: the dev server's files change all the time.
 * A browser without service workers (or one that refuses) simply has no offline reload.
 *
 * Once the page has loaded and `after` has resolved: installing the worker and keeping the
 * files loaded so far (the board's chunk among them) takes CPU and disk, and on a session's
 * link that work came in the middle of opening the board (about 100 ms of its first paint on
 * a 2-core laptop, docs/benchmarks.md). A session's page passes the board's first paint.
 */
export function registerServiceWorker(after: Promise<void> = Promise.resolve()): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve()
    else window.addEventListener('load', () => resolve(), { once: true })
  })
  Promise.all([loaded, after])
    .then(() => navigator.serviceWorker.register('/sw.js'))
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => keepWhatWasLoaded(registration.active))
    .catch(() => {
      // Refused (private window, policy): the page works as before, online.
    })
}

/**
 * This page was loaded before the worker could see it: hand it the addresses of the page and
 * its files, so they are kept too. The page goes last: once it is kept, so is everything it
 * loaded so far. Files asked for later (the board's chunk, an exercise's parts) pass through
 * the worker, except those already under way when it took over: those are handed over as
 * they finish.
 */
function keepWhatWasLoaded(worker: ServiceWorker | null): void {
  if (!worker) return
  // Never the fragment: a facilitator's link carries its key there.
  const page = `${location.origin}${location.pathname}${location.search}`
  const ownFiles = (entries: PerformanceEntryList) =>
    entries
      .filter((entry) => !(entry instanceof PerformanceResourceTiming) || entry.workerStart === 0)
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(location.origin))
  const keep = (urls: string[]) => {
    if (urls.length > 0) worker.postMessage({ type: 'reflectiebord:keep-loaded', page, urls })
  }
  keep([...ownFiles(performance.getEntriesByType('resource')), page])
  new PerformanceObserver((list) => keep(ownFiles(list.getEntries()))).observe({ type: 'resource' })
}
