import { useT } from '../../i18n/useT.ts'
import { EyeIcon } from '../../icons.tsx'
import { CommandError } from '../CommandError.tsx'
import { useControl, useEditor, useMe } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { useFollowLeader } from './useFollowLeader.ts'

/** Says whose view I am following, and lets me go (or come back) with one button. */
export function FollowBanner() {
  const t = useT()
  const me = useMe()
  const editor = useEditor()
  const leaderId = useControl((control) => control.follow.leaderPublicId)
  const leaderName = useControl(
    (control) => control.people.find((person) => person.publicId === leaderId)?.name,
  )
  const follow = useFollowLeader(editor, leaderId, me.publicId)
  const command = useCommand()
  if (leaderId === null) return null

  if (leaderId === me.publicId) {
    return (
      <div className="follow-banner" data-testid="follow-banner" data-status="leading">
        <EyeIcon />
        <span>{t('follow.leading')}</span>
        {me.isFacilitator ? (
          <button
            type="button"
            className="button button--small"
            data-testid="follow-banner-stop"
            onClick={() => void command.run({ type: 'follow.stop' })}
          >
            {t('follow.stopLeading')}
          </button>
        ) : null}
        <CommandError error={command.error} />
      </div>
    )
  }

  const name = leaderName ?? t('follow.someone')
  if (follow.status === 'dismissed') {
    return (
      <div className="follow-banner" data-testid="follow-banner" data-status="dismissed">
        <EyeIcon />
        <span>{t('follow.dismissed', { name })}</span>
        <button
          type="button"
          className="button button--small"
          data-testid="resume-following"
          onClick={follow.resume}
        >
          {t('follow.resume')}
        </button>
      </div>
    )
  }
  return (
    <div className="follow-banner" data-testid="follow-banner" data-status={follow.status}>
      <EyeIcon />
      <span role="status">{t('follow.following', { name })}</span>
      <button
        type="button"
        className="button button--small"
        data-testid="stop-following"
        onClick={follow.stop}
      >
        {t('follow.stop')}
      </button>
    </div>
  )
}
