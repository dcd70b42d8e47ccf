import type { Editor } from 'tldraw'

/** What everyone sees of Dromen met beelden on the board (filled in by the dromen work). */
export function DromenBoardLayer(_props: { editor: Editor | null }) {
  return null
}
