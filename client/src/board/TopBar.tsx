import { useState } from 'react'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { useT } from '../i18n/useT.ts'
import { ConnectionBadge } from './ConnectionBadge.tsx'
import { LinksDialog } from './LinksDialog.tsx'

interface TopBarProps {
  sessionId: string
  title: string
  isFacilitator: boolean
}

/** Sits above the canvas, never over it, so tldraw's own menus stay free. */
export function TopBar({ sessionId, title, isFacilitator }: TopBarProps) {
  const t = useT()
  const [linksOpen, setLinksOpen] = useState(false)
  return (
    <header className="top-bar">
      <div className="top-bar__start">
        <a className="top-bar__brand" href="/" aria-label={t('app.home')}>
          {t('app.name')}
        </a>
        <h1 className="top-bar__title" data-testid="session-title" title={title}>
          {title}
        </h1>
        {isFacilitator ? (
          <span className="role-badge" data-testid="facilitator-badge">
            {t('board.facilitatorBadge')}
          </span>
        ) : null}
      </div>
      <div className="top-bar__end">
        {isFacilitator ? (
          <button
            type="button"
            className="button"
            data-testid="links-button"
            aria-haspopup="dialog"
            onClick={() => setLinksOpen(true)}
          >
            {t('board.links')}
          </button>
        ) : null}
        <ConnectionBadge />
        <LanguageSwitch />
      </div>
      {isFacilitator ? (
        <LinksDialog sessionId={sessionId} open={linksOpen} onClose={() => setLinksOpen(false)} />
      ) : null}
    </header>
  )
}
