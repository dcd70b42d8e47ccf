import { BringerIcon } from './BringerIcon.tsx'
import { useCasusT } from './messages.ts'

/**
 * The case-bringer's mark: an icon and the word "Inbrenger", never colour alone, so it reads
 * in grey scale and to a screen reader.
 */
export function BringerBadge({ testId }: { testId?: string }) {
  const m = useCasusT()
  return (
    <span className="casus-badge" data-testid={testId}>
      <BringerIcon />
      <span>{m('bringer.badge')}</span>
    </span>
  )
}
