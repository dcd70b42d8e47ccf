import { useState } from 'react'
import { downloadRecord } from '../../api/apiClient.ts'
import { useT } from '../../i18n/useT.ts'
import { RecordSharingToggle } from '../../recordSharing/RecordSharingToggle.tsx'
import { useUiStore } from '../../state/uiStore.ts'
import { useMe, useSessionId } from '../ControlStoreContext.tsx'
import { PanelSection } from './PanelSection.tsx'

/**
 * The session record (verslag) as a file, at any moment of the session: the server writes it
 * from the board and session control as they are now. Outside the closed-session fieldset: a
 * finished session is exactly when people want it.
 */
export function RecordSection() {
  const t = useT()
  const me = useMe()
  const sessionId = useSessionId()
  const language = useUiStore((state) => state.language)
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  if (!me.credential) return null
  const credential = me.credential

  const download = async () => {
    setState('busy')
    const result = await downloadRecord(sessionId, credential, language)
    if (!result.ok) {
      setState('failed')
      return
    }
    // The file is made here from the text: no second request, and no credential in a URL.
    const url = URL.createObjectURL(
      new Blob([result.value.markdown], { type: 'text/markdown;charset=utf-8' }),
    )
    const link = document.createElement('a')
    link.href = url
    link.download = result.value.fileName
    link.click()
    URL.revokeObjectURL(url)
    setState('idle')
  }

  return (
    <PanelSection id="record" heading={t('recordPanel.heading')}>
      <p className="muted panel-section__hint">{t('recordPanel.intro')}</p>
      <button
        type="button"
        className="button button--small"
        data-testid="record-download"
        aria-busy={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy' ? t('recordPanel.busy') : t('recordPanel.download')}
      </button>
      {state === 'failed' ? (
        <p className="command-error" role="alert" data-testid="record-failed">
          {t('recordPanel.failed')}
        </p>
      ) : null}
      <RecordSharingToggle />
    </PanelSection>
  )
}
