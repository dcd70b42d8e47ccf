import { Component, type ReactNode } from 'react'
import { useT } from './i18n/useT.ts'
import { MessagePage } from './session/MessagePage.tsx'

interface ChunkErrorBoundaryProps {
  children: ReactNode
  /** A full page (a route, the board) or a line in place of one part (a panel, a dialog). */
  inline?: boolean
}

/**
 * Around a part of the page fetched when needed (`React.lazy`): when its file cannot be
 * fetched (the server or the network gone), a calm message with a way to try again instead of
 * a blank page. Trying again reloads the page, which the service worker can serve offline.
 */
export class ChunkErrorBoundary extends Component<ChunkErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.warn('reflectiebord: a part of the page could not be loaded', error)
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return <ChunkFailed inline={this.props.inline === true} />
  }
}

function ChunkFailed({ inline }: { inline: boolean }) {
  const t = useT()
  const retry = (
    <button type="button" className="button button--primary" onClick={() => location.reload()}>
      {t('chunk.failed.retry')}
    </button>
  )
  if (inline) {
    return (
      <div className="notice" role="alert" data-testid="chunk-failed">
        <p>
          <strong>{t('chunk.failed.heading')}</strong>
        </p>
        <p>{t('chunk.failed.body')}</p>
        <p>{retry}</p>
      </div>
    )
  }
  return (
    <MessagePage heading={t('chunk.failed.heading')} testId="chunk-failed">
      <p>{t('chunk.failed.body')}</p>
      <p>{retry}</p>
    </MessagePage>
  )
}
