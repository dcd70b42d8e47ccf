import { isRunning, remainingAt, type TimerState } from '@reflectiebord/shared'
import { useEffect, useState } from 'react'

/** Four updates a second: a second never looks skipped, and it costs next to nothing. */
const TICK_MS = 250

/**
 * Time left on the shared timer, on the server's clock, refreshed while it runs. A paused or
 * unstarted timer does not tick at all.
 */
export function useRemainingTime(timer: TimerState | null, clockOffset: number): number | null {
  const compute = () => (timer ? remainingAt(timer, Date.now() + clockOffset) : null)
  const [remaining, setRemaining] = useState(compute)
  useEffect(() => {
    const update = () => setRemaining(timer ? remainingAt(timer, Date.now() + clockOffset) : null)
    update()
    if (!timer || !isRunning(timer)) return
    const interval = setInterval(update, TICK_MS)
    return () => clearInterval(interval)
  }, [timer, clockOffset])
  return remaining
}
