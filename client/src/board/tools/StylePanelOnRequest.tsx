import { DefaultStylePanel, type TLUiStylePanelProps, useRelevantStyles } from 'tldraw'
import { useMessages } from '../../i18n/useT.ts'
import { useBoardToolPreferences } from './boardToolPreferences.ts'
import { boardToolMessages } from './messages.ts'

/**
 * tldraw's style panel, folded to one button until someone asks for it: open all the time, it
 * covered zones and the personal spots. Only shown when there is something to style.
 */
export function StylePanelOnRequest(props: TLUiStylePanelProps) {
  const t = useMessages(boardToolMessages)
  const open = useBoardToolPreferences((state) => state.stylePanelOpen)
  const setOpen = useBoardToolPreferences((state) => state.setStylePanelOpen)
  const styles = useRelevantStyles()
  if (!styles) return null
  return (
    <div className="style-on-request">
      <button
        type="button"
        className="style-on-request__toggle"
        aria-expanded={open}
        data-testid="style-panel-toggle"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {open ? t('hideStyles') : t('showStyles')}
      </button>
      {open ? <DefaultStylePanel {...props} /> : null}
    </div>
  )
}
