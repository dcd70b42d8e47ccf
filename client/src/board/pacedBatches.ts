/**
 * Hands `items` to `run` in batches of `size`, one batch per frame (or per task while the tab
 * is hidden, where frames do not come), so the page keeps painting and answering between
 * them. `start` begins (once; later calls do nothing); `cancel` stops what is left.
 */
export interface PacedBatches {
  start(): void
  cancel(): void
}

export function pacedBatches<T>(
  items: readonly T[],
  size: number,
  run: (batch: readonly T[]) => void,
  onDone: () => void = () => {},
): PacedBatches {
  let next = 0
  let started = false
  let cancelled = false
  let frame: number | undefined
  let task: ReturnType<typeof setTimeout> | undefined

  const step = () => {
    if (cancelled) return
    if (next >= items.length) {
      onDone()
      return
    }
    run(items.slice(next, next + size))
    next += size
    schedule()
  }
  // After a frame, in a task of its own: the frame that shows the last batch is painted first.
  const schedule = () => {
    if (document.visibilityState === 'visible') {
      frame = requestAnimationFrame(() => {
        task = setTimeout(step, 0)
      })
    } else {
      task = setTimeout(step, 0)
    }
  }

  return {
    start: () => {
      if (started || cancelled) return
      started = true
      schedule()
    },
    cancel: () => {
      cancelled = true
      if (frame !== undefined) cancelAnimationFrame(frame)
      clearTimeout(task)
    },
  }
}
