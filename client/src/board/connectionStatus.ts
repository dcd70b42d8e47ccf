import type { WebsocketProvider } from 'y-websocket'

/**
 * What the connection badge says. `reconnecting` is `connecting` after the board has been
 * connected before; tests see both as `data-status="connecting"`.
 */
export type ConnectionStatus = 'connected' | 'connecting' | 'reconnecting' | 'offline'

/** The badge's `data-status`: the three states tests and assistive tech rely on. */
export type ConnectionStatusAttribute = 'connected' | 'connecting' | 'offline'

export function statusAttribute(status: ConnectionStatus): ConnectionStatusAttribute {
  return status === 'reconnecting' ? 'connecting' : status
}

/** How long "trying to connect" may last before we honestly say "offline". */
export const OFFLINE_AFTER_MS = 4000

/**
 * Follows the provider and the browser's network state and reports the status whenever it
 * changes. Connected means the socket is open and the first sync round trip is done.
 */
export function watchConnectionStatus(
  provider: WebsocketProvider,
  onChange: (status: ConnectionStatus) => void,
): () => void {
  let hasBeenConnected = false
  let notConnectedSince: number | null = Date.now()
  let timer: ReturnType<typeof setTimeout> | undefined
  let last: ConnectionStatus | null = null

  const compute = (): ConnectionStatus => {
    if (!navigator.onLine) return 'offline'
    if (provider.wsconnected && provider.synced) return 'connected'
    if (notConnectedSince !== null && Date.now() - notConnectedSince >= OFFLINE_AFTER_MS) {
      return 'offline'
    }
    return hasBeenConnected ? 'reconnecting' : 'connecting'
  }

  const update = () => {
    clearTimeout(timer)
    if (provider.wsconnected && provider.synced) {
      hasBeenConnected = true
      notConnectedSince = null
    } else if (notConnectedSince === null) {
      notConnectedSince = Date.now()
    }
    const status = compute()
    if (status !== last) {
      last = status
      onChange(status)
    }
    if (notConnectedSince !== null && status !== 'offline') {
      // Re-check when the grace period ends, so "reconnecting" cannot linger silently.
      const wait = notConnectedSince + OFFLINE_AFTER_MS - Date.now()
      timer = setTimeout(update, Math.max(wait, 0) + 10)
    }
  }

  provider.on('status', update)
  provider.on('sync', update)
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  update()

  return () => {
    clearTimeout(timer)
    provider.off('status', update)
    provider.off('sync', update)
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  }
}
