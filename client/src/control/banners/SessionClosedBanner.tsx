import { useT } from '../../i18n/useT.ts'
import { LockIcon } from '../../icons.tsx'
import { useControl } from '../ControlStoreContext.tsx'

/** Says why nothing can be changed: a closed session is read-only for everyone. */
export function SessionClosedBanner() {
  const t = useT()
  const closed = useControl((control) => control.settings.closed)
  if (!closed) return null
  return (
    <p className="session-closed-banner" role="status" data-testid="session-closed-banner">
      <LockIcon />
      {t('closed.banner')}
    </p>
  )
}
