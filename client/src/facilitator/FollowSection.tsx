import { CommandError } from '../control/CommandError.tsx'
import { useFacilitation } from '../control/FacilitationContext.tsx'
import { useCommand } from '../control/useCommand.ts'
import { useT } from '../i18n/useT.ts'
import { PanelSection } from './PanelSection.tsx'

/** "Everyone over here": a toggle that makes everyone's camera follow mine. */
export function FollowSection() {
  const t = useT()
  const { control, me } = useFacilitation()
  const command = useCommand()
  const leading = control.follow.leaderPublicId === me.publicId
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
      <CommandError code={command.error} />
    </PanelSection>
  )
}
