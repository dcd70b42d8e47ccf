import { useFacilitation } from '../control/FacilitationContext.tsx'
import { useT } from '../i18n/useT.ts'
import { LockIcon } from './icons.tsx'

/** Says why nothing can be changed: a closed session is read-only for everyone. */
export function SessionClosedBanner() {
  const t = useT()
  const { control } = useFacilitation()
  if (!control.settings.closed) return null
  return (
    <p className="session-closed-banner" role="status" data-testid="session-closed-banner">
      <LockIcon />
      {t('closed.banner')}
    </p>
  )
}
