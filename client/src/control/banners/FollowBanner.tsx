import { useT } from '../../i18n/useT.ts'
import { EyeIcon } from '../../icons.tsx'
import { useControl, useEditor, useMe } from '../ControlStoreContext.tsx'
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
  if (leaderId === null) return null

  // The one everyone follows sees that in the top bar (LeadingChip): this row is for followers.
  if (leaderId === me.publicId) return null

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
