/**
 * The board (tldraw and all that draws on it) is most of the page's code: its own chunk. A
 * session's link asks for it before anything renders (`main.tsx`), so it arrives while the
 * session is looked up and the name typed; the browser fetches it once however often asked.
 */
export const loadBoardChunk = () => import('../board/Board.tsx')
