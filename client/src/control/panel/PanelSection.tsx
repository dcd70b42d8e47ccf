import type { ReactNode } from 'react'

interface PanelSectionProps {
  id: string
  heading: string
  children: ReactNode
}

/** One titled part of the facilitator panel; its heading names it for screen readers. */
export function PanelSection({ id, heading, children }: PanelSectionProps) {
  return (
    <section
      className="panel-section"
      aria-labelledby={`${id}-heading`}
      data-testid={`${id}-section`}
    >
      <h3 id={`${id}-heading`} className="panel-section__heading">
        {heading}
      </h3>
      {children}
    </section>
  )
}
