/**
 * The board (tldraw and all that draws on it) is most of the page's code: its own chunk. A
 * session's link asks for it before anything renders (`main.tsx`), so it arrives while the
 * session is looked up and the name typed; the browser fetches it once however often asked.
 */
export type BoardChunk = typeof import('../board/Board.tsx')

let loaded: BoardChunk | null = null

export const loadBoardChunk = (): Promise<BoardChunk> =>
  import('../board/Board.tsx').then((chunk) => {
    loaded = chunk
    return chunk
  })

/** The chunk, if it has arrived and been evaluated already; else null. */
export const loadedBoardChunk = (): BoardChunk | null => loaded
