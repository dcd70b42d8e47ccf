import { useT } from '../../i18n/useT.ts'
import { EyeIcon } from '../../icons.tsx'
import { CommandError } from '../CommandError.tsx'
import { useControl, useMe } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'

/**
 * For the facilitator everyone follows: says so in the top bar, with the way to stop, instead
 * of a row of its own that would take height from the board.
 */
export function LeadingChip() {
  const t = useT()
  const me = useMe()
  const command = useCommand()
  const leading = useControl((control) => control.follow.leaderPublicId === me.publicId)
  if (!leading) return null
  return (
    <div className="leading-chip" data-testid="follow-banner" data-status="leading">
      <EyeIcon />
      <span>{t('follow.leading')}</span>
      {me.isFacilitator ? (
        <button
          type="button"
          className="button button--small"
          data-testid="follow-banner-stop"
          onClick={() => void command.run({ type: 'follow.stop' })}
        >
          {t('follow.stopLeadingShort')}
        </button>
      ) : null}
      <CommandError error={command.error} />
    </div>
  )
}
