import type { MessageKey } from '../i18n/nl.ts'
import { useT } from '../i18n/useT.ts'
import { useUiStore } from '../state/uiStore.ts'
import { type ConnectionStatus, statusAttribute } from './connectionStatus.ts'

const labels: Record<ConnectionStatus, MessageKey> = {
  connected: 'connection.connected',
  connecting: 'connection.connecting',
  reconnecting: 'connection.reconnecting',
  offline: 'connection.offline',
}

// Each state has its own shape as well as its own colour and words.
const icons: Record<ConnectionStatus, string> = {
  connected: '✓',
  connecting: '↻',
  reconnecting: '↻',
  offline: '⊘',
}

/** Always says the truth about the connection, in words, with an icon, politely announced. */
export function ConnectionBadge() {
  const t = useT()
  const status = useUiStore((state) => state.connectionStatus)
  const attribute = statusAttribute(status)
  return (
    <div
      className={`connection-badge connection-badge--${attribute}`}
      role="status"
      aria-live="polite"
      data-testid="connection-status"
      data-status={attribute}
    >
      <span className="connection-badge__icon" aria-hidden="true">
        {icons[status]}
      </span>
      <span className="connection-badge__words">{t(labels[status])}</span>
    </div>
  )
}
