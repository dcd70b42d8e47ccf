import { formatRemaining, isRunning, type TimerState } from '@reflectiebord/shared'
import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/useT.ts'
import { BellIcon, ClockIcon, PauseIcon } from '../../icons.tsx'
import { playSoftChime } from './softChime.ts'
import { useRemainingTime } from './useRemainingTime.ts'

interface TimerDisplayProps {
  timer: TimerState
  clockOffset: number
  /** The facilitator asked for a soft chime when the time is up. */
  chime: boolean
}

/**
 * The shared countdown. At zero it says so in words with an icon (not a colour change alone)
 * and announces it once, politely, to screen readers; the ticking itself is not announced.
 */
export function TimerDisplay({ timer, clockOffset, chime }: TimerDisplayProps) {
  const t = useT()
  const remaining = useRemainingTime(timer, clockOffset) ?? timer.remainingMs
  const running = isRunning(timer)
  const expired = remaining === 0
  const [announcement, setAnnouncement] = useState('')
  const wasExpired = useRef(expired)

  useEffect(() => {
    // Only the moment it runs out is news; joining after that, or a reset, is not.
    if (expired && !wasExpired.current) {
      setAnnouncement(t('timer.expiredAnnouncement'))
      if (chime) playSoftChime()
    }
    if (!expired) setAnnouncement('')
    wasExpired.current = expired
  }, [expired, t, chime])

  const status = expired
    ? t('timer.expired')
    : running
      ? t('timer.running')
      : remaining === timer.durationMs
        ? t('timer.ready')
        : t('timer.paused')

  return (
    <div className={`timer${expired ? ' timer--expired' : ''}`}>
      <div
        className="timer__display"
        role="timer"
        aria-label={t('timer.label')}
        data-testid="timer-display"
        data-remaining-ms={remaining}
        data-running={running && !expired ? 'true' : 'false'}
      >
        <span className="timer__icon">
          {expired ? <BellIcon /> : running ? <ClockIcon /> : <PauseIcon />}
        </span>
        <span className="timer__digits">{formatRemaining(remaining)}</span>
      </div>
      <div className="timer__status" data-testid={expired ? 'timer-expired' : undefined}>
        {status}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  )
}
