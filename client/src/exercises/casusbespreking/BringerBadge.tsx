import { useCasusT } from './messages.ts'

/** A speech balloon with a person: the one who tells the case. Decorative: the word says it. */
export function BringerIcon() {
  return (
    <svg
      className="icon"
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <path d="M15 3.5h6.5v5H19l-2 2v-2h-2z" />
    </svg>
  )
}

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
