import type { Editor } from 'tldraw'

/**
 * The performance mark of the first frame that shows the board (`pnpm run bench:page` reads
 * it): set once per page load, after tldraw mounted the canvas (it waits for the fonts of the
 * shapes on the page first) and the browser painted the frame after that. Its `detail` says
 * how many shapes the store held then, so a figure can never be that of an empty board.
 */
export const BOARD_PAINTED_MARK = 'reflectiebord:board-painted'

/** Marks the first painted frame of the board, then calls `afterPaint` (every time). */
export function markBoardPainted(editor: Editor, afterPaint: () => void): void {
  requestAnimationFrame(() => {
    // A task queued from a frame callback runs after that frame was painted.
    setTimeout(() => {
      if (performance.getEntriesByName(BOARD_PAINTED_MARK).length === 0) {
        performance.mark(BOARD_PAINTED_MARK, {
          detail: { shapes: editor.isDisposed ? 0 : editor.getCurrentPageShapeIds().size },
        })
      }
      afterPaint()
    }, 0)
  })
}

/**
 * Resolves once the board's first frame is painted (at once if it was), or after `atLatestMs`
 * when it is not (a name still to give, a session not found).
 */
export function boardPainted(atLatestMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect()
      clearTimeout(timer)
      resolve()
    }
    const observer = new PerformanceObserver(() => {
      if (performance.getEntriesByName(BOARD_PAINTED_MARK).length > 0) done()
    })
    observer.observe({ type: 'mark', buffered: true })
    const timer = setTimeout(done, atLatestMs)
  })
}
