import type { WebsocketProvider } from 'y-websocket'

/**
 * Drops the socket when the browser goes offline and reconnects at once when it comes back,
 * instead of waiting for a dead socket to time out or for the next backoff step. Edits made in
 * between are kept by IndexedDB and the Y.Doc, and Yjs merges them on the next sync.
 *
 * Connects at once if the browser is online, so a provider made without connecting needs
 * nothing else. `mayConnect` says whether connecting is allowed at all (not after a permanent
 * refusal).
 */
export function followBrowserNetwork(
  provider: WebsocketProvider,
  mayConnect: () => boolean,
): () => void {
  const onOffline = () => {
    if (provider.shouldConnect) provider.disconnect()
  }
  const onOnline = () => {
    if (mayConnect() && !provider.wsconnected && !provider.wsconnecting) provider.connect()
  }
  window.addEventListener('offline', onOffline)
  window.addEventListener('online', onOnline)
  // Also when the connection was opened (or not, offline) before this listened: an 'online' in
  // between would otherwise leave the provider waiting for the next one.
  if (navigator.onLine) onOnline()
  return () => {
    window.removeEventListener('offline', onOffline)
    window.removeEventListener('online', onOnline)
  }
}
