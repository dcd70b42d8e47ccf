import type { ReactNode } from 'react'

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6'

/**
 * A heading at a level worked out from where it sits (an exercise, its zone, a spot in the
 * zone, a cluster in the spot), so the outline a screen reader lists follows the board. Levels
 * below 6 do not exist in HTML: deeper parts stay at 6.
 */
export function Heading({
  level,
  id,
  className,
  tabIndex,
  children,
}: {
  level: number
  id?: string
  className?: string
  /** -1 when the focus is moved here (after deleting the last note of a zone, say). */
  tabIndex?: number
  children: ReactNode
}) {
  const Tag = `h${Math.max(2, Math.min(6, level))}` as HeadingTag
  return (
    <Tag id={id} className={className} tabIndex={tabIndex}>
      {children}
    </Tag>
  )
}

/** A short form of a text for a button's name ("Bewerken: Samen eten verbindt…"). */
export function shortText(text: string, max = 48): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`
}
