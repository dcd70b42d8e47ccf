import type { Editor } from 'tldraw'

/** What everyone sees of a case discussion above the board (filled in by the casusbespreking work). */
export function CasusBoardLayer(_props: { editor: Editor | null }) {
  return null
}
