import { useControl } from '../../control/ControlStoreContext.tsx'
import { useStoplichtT } from './messages.ts'
import { voteProgress } from './voteProgress.ts'

/**
 * "5 van 7 gestemd": how many votes are in, never whose. Counted against the participants
 * online (see `voteProgress`); `facilitator` adds that facilitators are not counted.
 */
export function VoteCount({
  count,
  facilitator = false,
}: {
  count: number
  facilitator?: boolean
}) {
  const t = useStoplichtT()
  const expected = useControl((control) => voteProgress(control)?.expected ?? 0)
  const text =
    count > expected
      ? t('panel.progressOver', {
          votes: t('panel.votes', { count }),
          online: t('panel.participants', { count: expected }),
        })
      : facilitator
        ? t('panel.progressFacilitator', { votes: count, count: expected })
        : t('panel.progress', { count, expected })
  return (
    <p
      className="vote-count"
      data-testid="vote-count"
      data-count={count}
      data-expected={expected}
      // Polite but not live on every vote: a screen reader would chatter through the round.
      aria-live="off"
    >
      {text}
    </p>
  )
}
