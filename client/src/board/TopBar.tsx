import { lazy, Suspense, useState } from 'react'
import { ChunkErrorBoundary } from '../ChunkErrorBoundary.tsx'
import { LeadingChip } from '../control/banners/LeadingChip.tsx'
import { FACILITATOR_PANEL_ID } from '../control/panel/facilitatorPanelId.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { useT } from '../i18n/useT.ts'
import { ListIcon } from '../icons.tsx'
import { useListT } from '../list/messages.ts'
import { RecordLink } from '../recordSharing/RecordLink.tsx'
import { useUiStore } from '../state/uiStore.ts'
import { ConnectionBadge } from './ConnectionBadge.tsx'

// Rarely opened: its own chunk, fetched the first time it is.
const LinksDialog = lazy(() =>
  import('./LinksDialog.tsx').then((chunk) => ({ default: chunk.LinksDialog })),
)

/** The id of the panel toggle, so closing the panel can hand focus back to it. */
export const FACILITATOR_TOGGLE_ID = 'facilitator-panel-toggle'

interface TopBarProps {
  sessionId: string
  title: string
  /** Came with the facilitator link (holds the key). */
  isFacilitator: boolean
  /** May facilitate: with the key, or as a co-facilitator. */
  canFacilitate: boolean
  isCoFacilitator: boolean
}

/** Sits above the canvas, never over it, so tldraw's own menus stay free. */
export function TopBar({
  sessionId,
  title,
  isFacilitator,
  canFacilitate,
  isCoFacilitator,
}: TopBarProps) {
  const t = useT()
  const [linksOpen, setLinksOpen] = useState(false)
  // Mounted from the first opening on, so closing it keeps it (and its focus handling) in place.
  const [linksWanted, setLinksWanted] = useState(false)
  const panelOpen = useUiStore((state) => state.facilitatorPanelOpen)
  const setPanelOpen = useUiStore((state) => state.setFacilitatorPanelOpen)
  const listT = useListT()
  const listView = useUiStore((state) => state.listView)
  const setListView = useUiStore((state) => state.setListView)
  return (
    <header className="top-bar">
      <div className="top-bar__start">
        <a
          className="top-bar__brand"
          href="/"
          aria-label={`${t('app.name')}: ${t('app.home').toLowerCase()}`}
        >
          {t('app.name')}
        </a>
        <h1 className="top-bar__title" data-testid="session-title" title={title}>
          {title}
        </h1>
        {isFacilitator ? (
          <span className="role-badge" data-testid="facilitator-badge">
            {t('board.facilitatorBadge')}
          </span>
        ) : isCoFacilitator ? (
          <span className="role-badge" data-testid="co-facilitator-badge">
            {t('people.role.coFacilitator')}
          </span>
        ) : null}
      </div>
      <div className="top-bar__end">
        <LeadingChip />
        <button
          type="button"
          className={`button top-bar__list-toggle${listView ? ' button--pressed' : ''}`}
          data-testid="list-view-toggle"
          aria-pressed={listView}
          onClick={() => setListView(!listView)}
        >
          <ListIcon />
          {/* On a phone only the icon shows; its name is still "Lijstweergave". */}
          <span className="top-bar__list-label">{listT('list.toggle')}</span>
        </button>
        {canFacilitate ? (
          <button
            type="button"
            id={FACILITATOR_TOGGLE_ID}
            className={`button${panelOpen ? ' button--pressed' : ''}`}
            data-testid="facilitator-panel-toggle"
            aria-expanded={panelOpen}
            aria-controls={panelOpen ? FACILITATOR_PANEL_ID : undefined}
            onClick={() => setPanelOpen(!panelOpen)}
          >
            <span aria-hidden="true">☰ </span>
            {t('facilitator.toggle')}
          </button>
        ) : null}
        {isFacilitator ? (
          <button
            type="button"
            className="button"
            data-testid="links-button"
            aria-haspopup="dialog"
            onClick={() => {
              setLinksWanted(true)
              setLinksOpen(true)
            }}
          >
            {t('board.links')}
          </button>
        ) : null}
        <RecordLink sessionId={sessionId} />
        <ConnectionBadge />
        <LanguageSwitch />
      </div>
      {isFacilitator && linksWanted ? (
        <ChunkErrorBoundary inline>
          <Suspense fallback={null}>
            <LinksDialog
              sessionId={sessionId}
              open={linksOpen}
              onClose={() => setLinksOpen(false)}
            />
          </Suspense>
        </ChunkErrorBoundary>
      ) : null}
    </header>
  )
}
