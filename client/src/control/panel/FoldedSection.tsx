import { type ReactNode, useId, useState } from 'react'
import { readStored, writeStored } from '../../state/storage.ts'

interface FoldedSectionProps {
  id: string
  summary: string
  children: ReactNode
  /** A section that destroys or closes things is marked so, in words and in its border. */
  tone?: 'default' | 'danger'
}

/**
 * A part of the panel used now and then (settings, people, preparing another exercise): folded
 * by default so what the session needs now stays on top, and open again after a reload if the
 * facilitator left it open. A disclosure button (`aria-expanded`) over a region that is
 * `hidden` while folded: its controls stay in the page, out of the tab order.
 */
export function FoldedSection({ id, summary, children, tone = 'default' }: FoldedSectionProps) {
  const key = `panelOpen:${id}`
  const bodyId = useId()
  const [open, setOpen] = useState(() => readStored(key) === 'true')
  const toggle = () => {
    setOpen(!open)
    writeStored(key, String(!open))
  }
  return (
    <section
      className={`folded-section${tone === 'danger' ? ' folded-section--danger' : ''}`}
      data-testid={`${id}-fold`}
      data-fold-open={open}
    >
      <h3 className="folded-section__heading">
        <button
          type="button"
          className="folded-section__summary"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid={`${id}-fold-summary`}
          onClick={toggle}
        >
          <span className="folded-section__marker" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {summary}
        </button>
      </h3>
      <div id={bodyId} className="folded-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  )
}
