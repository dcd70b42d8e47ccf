import { type VoteColor, voteCue } from '@reflectiebord/shared'

interface VoteShapeProps {
  color: VoteColor
  /** CSS size; the shape scales with the text around it by default. */
  size?: string
}

/**
 * The shape of a colour: circle for groen, triangle for oranje, square for rood. Drawn
 * inline (no emoji, whose look depends on each laptop's fonts) and filled with the colour,
 * with a dark outline so it stays visible on any background and in grey scale.
 * Decorative: the word next to it says the same for screen readers.
 */
export function VoteShape({ color, size = '1em' }: VoteShapeProps) {
  const shape = voteCue[color].shape
  return (
    <svg
      className={`vote-shape vote-shape--${color}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      {shape === 'circle' ? <circle cx="12" cy="12" r="10" /> : null}
      {shape === 'triangle' ? <path d="M12 2.5 22.5 21h-21z" /> : null}
      {shape === 'square' ? <rect x="2.5" y="2.5" width="19" height="19" rx="1.5" /> : null}
    </svg>
  )
}
