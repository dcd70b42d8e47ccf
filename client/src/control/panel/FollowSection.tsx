import { useT } from '../../i18n/useT.ts'
import { CommandError } from '../CommandError.tsx'
import { useControl, useMe } from '../ControlStoreContext.tsx'
import { useCommand } from '../useCommand.ts'
import { PanelSection } from './PanelSection.tsx'

/** "Everyone over here": a toggle that makes everyone's camera follow mine. */
export function FollowSection() {
  const t = useT()
  const myPublicId = useMe().publicId
  const command = useCommand()
  const leading = useControl((control) => control.follow.leaderPublicId === myPublicId)
  return (
    <PanelSection id="follow" heading={t('followPanel.heading')}>
      <p className="muted panel-section__hint">{t('followPanel.hint')}</p>
      <button
        type="button"
        className={`button button--small toggle${leading ? ' toggle--on' : ''}`}
        data-testid="follow-toggle"
        aria-pressed={leading}
        onClick={() => void command.run({ type: leading ? 'follow.stop' : 'follow.start' })}
      >
        <span aria-hidden="true">{leading ? '☑ ' : '☐ '}</span>
        {t('followPanel.toggle')}
      </button>
      <CommandError error={command.error} />
    </PanelSection>
  )
}
