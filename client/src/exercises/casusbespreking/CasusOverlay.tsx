import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { type Editor, useValue } from 'tldraw'
import { pick } from '../../control/activeExercise.ts'
import { useControl, useMe } from '../../control/ControlStoreContext.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { BringerIcon } from './BringerIcon.tsx'
import {
  type ActiveCasus,
  columnsFor,
  contains,
  looksLikeQuestion,
  noteCenter,
  plainText,
} from './casusModel.ts'
import { useCasusT } from './messages.ts'
import { useCase } from './useCasus.ts'

interface ScreenBox {
  left: number
  top: number
  width: number
  height: number
}

/**
 * A layer of our own inside tldraw's container, just above the canvas and below tldraw's
 * menus and toolbar: what we draw there follows the camera but never covers a menu.
 * Nothing in it takes the pointer, so the board works through it.
 */
function useOverlayHost(editor: Editor): HTMLElement | null {
  const [host, setHost] = useState<HTMLElement | null>(null)
  useEffect(() => {
    const container = editor.getContainer()
    const canvas = container.querySelector('.tl-canvas')
    const element = document.createElement('div')
    element.className = 'casus-overlay-host'
    if (canvas?.parentElement) canvas.parentElement.insertBefore(element, canvas.nextSibling)
    else container.appendChild(element)
    setHost(element)
    return () => {
      element.remove()
      setHost(null)
    }
  }, [editor])
  return host
}

/**
 * On the board: the zone of this step outlined with a "Nu" label, during the analysis each
 * person's column with their name ("Jouw kolom" for mine), during the questions a question
 * mark on each note, and the case-bringer's mark beside their cursor. All drawn in screen
 * space from page positions (`pageToViewport`), so labels stay readable at any zoom.
 */
export function CasusOverlay({ editor, active }: { editor: Editor; active: ActiveCasus }) {
  const m = useCasusT()
  const language = useUiStore((state) => state.language)
  const me = useMe()
  const people = useControl((control) => control.people)
  const bringerId = useCase().bringerPublicId
  const host = useOverlayHost(editor)
  const zone = active.zone
  const nudge = active.phase.nudge
  const columns = nudge === 'own-column' && zone ? columnsFor(zone, people, bringerId) : []

  const view = useValue('casus:overlay', () => {
    const zoom = editor.getZoomLevel()
    const toScreen = (box: { x: number; y: number; w: number; h: number }): ScreenBox => {
      const corner = editor.pageToViewport({ x: box.x, y: box.y })
      return { left: corner.x, top: corner.y, width: box.w * zoom, height: box.h * zoom }
    }
    const questions =
      nudge === 'questions-only' && zone
        ? editor
            .getCurrentPageShapes()
            .filter((shape) => shape.type === 'note' && contains(zone, noteCenter(shape as never)))
            .map((shape) => {
              const scale = (shape.props as { scale?: number }).scale ?? 1
              const corner = editor.pageToViewport({ x: shape.x + 200 * scale, y: shape.y })
              const text = plainText((shape.props as { richText?: unknown }).richText)
              return {
                id: shape.id,
                left: corner.x,
                top: corner.y,
                question: looksLikeQuestion(text),
              }
            })
        : []
    const cursor = bringerId
      ? editor
          .getCollaboratorsOnCurrentPage()
          .find((presence) => presence.userId === `user:${bringerId}` && presence.cursor)
      : undefined
    const cursorAt = cursor?.cursor ? editor.pageToViewport(cursor.cursor) : null
    return {
      zone: zone ? toScreen(zone) : null,
      columns: columns.map((column) => ({ column, box: toScreen(column) })),
      questions,
      cursor: cursorAt ? { left: cursorAt.x, top: cursorAt.y } : null,
    }
  }, [editor, zone, columns.map((c) => `${c.publicId}:${c.x}:${c.w}`).join('|'), nudge, bringerId])

  if (!host) return null
  return createPortal(
    <div className="casus-overlay">
      {view.zone && zone ? (
        <div
          className="casus-zone-now"
          data-testid="casus-current-zone"
          data-area-id={zone.areaId}
          style={view.zone}
        >
          <span className="casus-zone-now__label">
            <span aria-hidden="true">▶ </span>
            {m('zone.now')}
            <span className="casus-zone-now__title">: {pick(zone.title, language)}</span>
          </span>
        </div>
      ) : null}
      {view.columns.map(({ column, box }) => {
        const mine = column.publicId === me.publicId
        return (
          <div
            key={column.publicId}
            className={`casus-column${mine ? ' casus-column--mine' : ''}`}
            data-testid={mine ? 'casus-own-column' : 'casus-column'}
            data-public-id={column.publicId}
            style={box}
          >
            <span className="casus-column__label">
              {mine ? `${m('column.mine')} · ${column.name}` : column.name}
            </span>
          </div>
        )
      })}
      {view.questions.map((badge) => (
        <span
          key={badge.id}
          className={`casus-question-badge${badge.question ? '' : ' casus-question-badge--unsure'}`}
          data-testid="casus-question-badge"
          data-shape-id={badge.id}
          data-question={badge.question ? 'true' : 'false'}
          title={badge.question ? m('badge.questionLabel') : m('badge.notQuestionLabel')}
          style={{ left: badge.left, top: badge.top }}
        >
          <span className="casus-question-badge__mark">?</span>
          {badge.question ? m('badge.question') : m('badge.notQuestion')}
        </span>
      ))}
      {view.cursor ? (
        <span
          className="casus-cursor-badge"
          data-testid="casus-bringer-cursor"
          style={{ left: view.cursor.left, top: view.cursor.top }}
        >
          <BringerIcon /> {m('bringer.badge')}
        </span>
      ) : null}
    </div>,
    host,
  )
}
