import { useFacilitation } from '../../control/FacilitationContext.tsx'
import { useT } from '../../i18n/useT.ts'
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
  const t = useT()
  const { control } = useFacilitation()
  const expected = voteProgress(control)?.expected ?? 0
  const text =
    count > expected
      ? t('stoplicht.progressOver', { count, expected })
      : facilitator
        ? t('stoplicht.progressFacilitator', { count, expected })
        : t('stoplicht.progress', { count, expected })
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
