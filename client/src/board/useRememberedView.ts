import { useEffect } from 'react'
import { type Editor, react } from 'tldraw'
import * as v from 'valibot'
import { readStoredWith, writeStoredJson } from '../state/storage.ts'

const CameraSchema = v.object({
  x: v.pipe(v.number(), v.finite()),
  y: v.pipe(v.number(), v.finite()),
  z: v.pipe(v.number(), v.finite(), v.minValue(0.01), v.maxValue(100)),
})

const keyFor = (sessionId: string) => `view:${sessionId}`
/** Writing on every frame of a pan would be wasted work; the last view a moment later is enough. */
const SAVE_AFTER_MS = 400

/** The view this tab last had of the board, or null (a first visit). */
export function readRememberedCamera(sessionId: string): v.InferOutput<typeof CameraSchema> | null {
  return readStoredWith(keyFor(sessionId), v.nullable(CameraSchema), null, 'session')
}

/**
 * Brings a reload back to the view this tab had, instead of the start of the board; kept per
 * tab (sessionStorage), as the name is. A facilitator's follow-me or "go to the zone" still
 * moves the view afterwards, as they always do.
 */
export function useRememberedView(editor: Editor | null, sessionId: string): void {
  useEffect(() => {
    if (!editor) return
    const stored = readRememberedCamera(sessionId)
    if (stored) editor.setCamera(stored, { immediate: true })
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = react('reflectiebord:remember-view', () => {
      const { x, y, z } = editor.getCamera()
      clearTimeout(timer)
      timer = setTimeout(
        () => writeStoredJson(keyFor(sessionId), { x, y, z }, 'session'),
        SAVE_AFTER_MS,
      )
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [editor, sessionId])
}
