import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { type Editor, react, Tldraw } from 'tldraw'
import 'tldraw/tldraw.css'
import { useStore } from 'zustand'
import type { SessionWithRole } from '../api/apiClient.ts'
import { ChunkErrorBoundary } from '../ChunkErrorBoundary.tsx'
import { BringToActivity } from '../control/banners/BringToActivity.tsx'
import { FollowBanner } from '../control/banners/FollowBanner.tsx'
import { PhaseBanner } from '../control/banners/PhaseBanner.tsx'
import { SessionClosedBanner } from '../control/banners/SessionClosedBanner.tsx'
import { ControlStoreProvider } from '../control/ControlStoreContext.tsx'
import { createControlStore } from '../control/controlStore.ts'
import { useServerClock } from '../control/serverClock.ts'
import { useControlConnection } from '../control/useControlConnection.ts'
import { useReadonlyWhenClosed } from '../control/useReadonlyWhenClosed.ts'
import { ExerciseBoardLayers } from '../exercises/ExerciseBoardLayers.tsx'
import { loadExerciseParts } from '../exercises/exerciseParts.ts'
import { clientExercises } from '../exercises/registry.ts'
import { isLanguage } from '../i18n/languages.ts'
import { useT } from '../i18n/useT.ts'
import { ListView } from '../list/ListView.tsx'
import { NARROW_SCREEN, useMediaQuery } from '../list/useMediaQuery.ts'
import { useUiStore } from '../state/uiStore.ts'
import { createTestHook, installTestHook } from '../testHook.ts'
import { customShapeUtils } from './areas/boardShapeUtils.ts'
import { useAreaProjection } from './areas/useAreaProjection.ts'
import { markBoardPainted } from './boardPaintMark.ts'
import { readLicenseKey } from './licenseKey.ts'
import { participantColor } from './presence.ts'
import { FACILITATOR_TOGGLE_ID, TopBar } from './TopBar.tsx'
import { boardComponents } from './tools/boardComponents.ts'
import { tldrawOverrides } from './tools/tldrawWords.ts'
import { useAuthorMark } from './useAuthorMark.ts'
import { useRememberedView } from './useRememberedView.ts'
import { useRewriteAfterRedaction } from './useRewriteAfterRedaction.ts'
import { useYjsStore } from './useYjsStore.ts'

// Fonts, icons, translations and embed icons come from our own origin, bundled by Vite:
// the board must not make requests to any other host.
const assetUrls = getAssetUrlsByImport()

// Only facilitators open it: its own chunk, fetched once the board shows for one of them.
const loadFacilitatorPanel = () => import('../control/panel/FacilitatorPanel.tsx')
const FacilitatorPanel = lazy(() =>
  loadFacilitatorPanel().then((chunk) => ({ default: chunk.FacilitatorPanel })),
)
const licenseKey = readLicenseKey()

/** Dropped and pasted images are uploaded to the session's asset store (the board holds only
 * their URL); the server's default upload limit is 15 MiB. */
const MAX_ASSET_SIZE = 15 * 1024 * 1024
const MAX_IMAGE_DIMENSION = 2000

export interface BoardProps {
  session: SessionWithRole
  displayName: string
  participantId: string
  facilitatorKey: string | null
  onRefused(code: number): void
}

export function Board({
  session,
  displayName,
  participantId,
  facilitatorKey,
  onRefused,
}: BoardProps) {
  const t = useT()
  const language = useUiStore((state) => state.language)
  const connectionStatus = useUiStore((state) => state.connectionStatus)
  const { state, lastMessageTooBig } = useYjsStore({
    sessionId: session.id,
    displayName,
    participantId,
    facilitatorKey,
    defaultPageName: t('board.pageName'),
  })
  const [editor, setEditor] = useState<Editor | null>(null)
  const refusedCode = state.phase === 'refused' ? state.code : null
  const onRefusedRef = useRef(onRefused)
  onRefusedRef.current = onRefused

  useEffect(() => {
    if (refusedCode !== null) onRefusedRef.current(refusedCode)
  }, [refusedCode])

  // Session control: read-only for this browser, changed through facilitator commands. One
  // store per open board; everything below reads the part of it that it shows.
  const [controlStore] = useState(() =>
    createControlStore({ sessionId: session.id, participantId, facilitatorKey }),
  )
  const onControlRefused = useCallback((code: number) => onRefusedRef.current(code), [])
  useControlConnection(controlStore, {
    sessionId: session.id,
    displayName,
    participantId,
    facilitatorKey,
    onRefused: onControlRefused,
  })
  useServerClock(controlStore)
  useEffect(() => controlStore.getState().setEditor(editor), [controlStore, editor])
  const areas = useStore(controlStore, (s) => s.control.areas)
  const closed = useStore(controlStore, (s) => s.control.settings.closed)
  const me = useStore(controlStore, (s) => s.me)
  useAreaProjection(editor, areas)
  useRememberedView(editor, session.id)
  useReadonlyWhenClosed(editor, closed)
  useAuthorMark(editor, me.publicId)
  const ready = state.phase === 'ready' ? state : null
  useRewriteAfterRedaction(controlStore, session.id, ready?.doc ?? null, ready?.offlineCopy ?? null)

  const panelOpen = useUiStore((s) => s.facilitatorPanelOpen) && me.isFacilitator
  // Every exercise's parts come once the board has shown (so they never hold up its first
  // paint), for everyone: the ones in use at once (see ExerciseBoardLayers), the others when
  // the page is idle, so an exercise that starts later is there before its first change (a
  // round opened right after its template was loaded is announced, not taken for the state
  // found on arrival). A facilitator's panel too, before it is opened.
  const canFacilitate = me.isFacilitator
  useEffect(() => {
    if (!editor) return
    const loadAll = () => {
      for (const exercise of clientExercises) {
        loadExerciseParts(exercise).catch(() => {
          // Asked for again when it is in use (see exerciseParts.ts).
        })
      }
    }
    // Safari has no idle callbacks: a task of its own then.
    if (!('requestIdleCallback' in window)) {
      const task = setTimeout(loadAll, 0)
      return () => clearTimeout(task)
    }
    const handle = requestIdleCallback(loadAll, { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }, [editor])
  useEffect(() => {
    if (!canFacilitate || !editor) return
    loadFacilitatorPanel().catch(() => {
      // Offline: the panel's error boundary says so when it is opened.
    })
  }, [canFacilitate, editor])
  // The list view beside the canvas, or instead of it (always on a phone): see client/src/list.
  const listView = useUiStore((s) => s.listView)
  const listShowsBoard = useUiStore((s) => s.listShowsBoard)
  const narrow = useMediaQuery(NARROW_SCREEN)
  const canvasShown = !listView || (listShowsBoard && !narrow)
  const closePanel = useCallback(() => {
    useUiStore.getState().setFacilitatorPanelOpen(false)
    document.getElementById(FACILITATOR_TOGGLE_ID)?.focus()
  }, [])

  // tldraw's own menus follow our language switch...
  useEffect(() => {
    editor?.user.updateUserPreferences({ locale: language })
  }, [editor, language])

  // ...and our UI follows tldraw's language menu, for the languages we have.
  useEffect(() => {
    if (!editor) return
    return react('reflectiebord:follow-tldraw-locale', () => {
      const locale = editor.user.getLocale()
      if (isLanguage(locale) && locale !== useUiStore.getState().language) {
        useUiStore.getState().setLanguage(locale)
      }
    })
  }, [editor])

  useEffect(() => {
    if (!editor || state.phase !== 'ready') return
    editor.user.updateUserPreferences({ name: displayName, color: participantColor(participantId) })
    return installTestHook(createTestHook(editor, state.doc, state.provider, controlStore))
  }, [editor, state, displayName, participantId, controlStore])

  return (
    <ControlStoreProvider store={controlStore}>
      <div className="board-layout">
        <TopBar
          sessionId={session.id}
          title={session.title}
          isFacilitator={session.role === 'facilitator'}
          canFacilitate={me.isFacilitator}
          isCoFacilitator={me.isCoFacilitator}
        />
        {lastMessageTooBig ? (
          <p className="board-alert" role="alert">
            <span aria-hidden="true">⚠ </span>
            {t('board.tooBig')}
          </p>
        ) : null}
        {/* The list view carries the phase, its instruction and the timer itself. */}
        {listView ? null : <PhaseBanner />}
        <SessionClosedBanner />
        <FollowBanner />
        <BringToActivity />
        <div className="board-body">
          {panelOpen ? (
            <ChunkErrorBoundary inline>
              <Suspense fallback={<p className="facilitator-panel">{t('board.loading')}</p>}>
                <FacilitatorPanel onClose={closePanel} skipped={ready?.skipped ?? null} />
              </Suspense>
            </ChunkErrorBoundary>
          ) : null}
          <main className="board-main" aria-label={t('board.label', { title: session.title })}>
            {listView ? (
              <ListView
                store={ready?.store ?? null}
                editor={editor}
                canvasShown={canvasShown}
                narrow={narrow}
              />
            ) : null}
            {/* A hidden canvas stays laid out (tldraw measures text in it) but is out of
                sight, out of the tab order and out of the accessibility tree (visibility, not
                inert: an exercise's modal dialog in there must still show and work). */}
            <div
              className={`board-canvas${canvasShown ? '' : ' board-canvas--hidden'}`}
              data-testid="board-canvas"
            >
              {/* In the flow above the canvas, never over it: tldraw's toolbar stays free. */}
              <ExerciseBoardLayers editor={editor} />
              <div className="board-canvas__stage">
                {state.phase === 'ready' ? (
                  <div className="board-canvas__tldraw" data-testid="board">
                    <Tldraw
                      store={state.store}
                      shapeUtils={customShapeUtils}
                      components={boardComponents}
                      overrides={tldrawOverrides}
                      assetUrls={assetUrls}
                      {...(licenseKey ? { licenseKey } : {})}
                      maxAssetSize={MAX_ASSET_SIZE}
                      maxImageDimension={MAX_IMAGE_DIMENSION}
                      onMount={(mounted) => {
                        mounted.user.updateUserPreferences({
                          locale: useUiStore.getState().language,
                        })
                        setEditor(mounted)
                        // The shapes out of the first view come once it is painted.
                        markBoardPainted(mounted, state.loadTheRest)
                        return () => setEditor(null)
                      }}
                    />
                  </div>
                ) : (
                  <div className="board-canvas__message">
                    {state.phase === 'loading' ? <p>{t('board.loading')}</p> : null}
                    {state.phase === 'waiting-for-server' ? (
                      <p>
                        {t('board.loading')}
                        {connectionStatus === 'offline' ? ` ${t('board.loadingOffline')}` : null}
                      </p>
                    ) : null}
                    {state.phase === 'error' ? (
                      <p role="alert">
                        {t('board.error', {
                          reason:
                            state.reason === 'newer-version'
                              ? t('board.errorNewerVersion')
                              : t('board.errorBroken'),
                        })}
                      </p>
                    ) : null}
                  </div>
                )}
              </div>
            </div>
          </main>
        </div>
      </div>
    </ControlStoreProvider>
  )
}
