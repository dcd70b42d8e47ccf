import { Icon } from '../../icons.tsx'

/** A person with a speech balloon: the one who tells the case (the inbrenger). */
export const BringerIcon = () => (
  <Icon>
    <circle cx="9" cy="8" r="3.5" />
    <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
    <path d="M15 3.5h6.5v5H19l-2 2v-2h-2z" />
  </Icon>
)
