import type { TLAssetStore } from 'tldraw'
import { uploadPicture } from '../api/apiClient.ts'

/**
 * How the board stores pictures: a photo dropped or pasted on the board is uploaded to our
 * server and the board keeps only its URL, never the picture inline in the Yjs document
 * (which would make every sync carry it, and could pass the websocket message limit).
 */
export function createBoardAssetStore(sessionId: string, participantId: string): TLAssetStore {
  return {
    async upload(_asset, file, abortSignal) {
      const result = await uploadPicture(sessionId, participantId, file, abortSignal)
      // tldraw shows a failed upload itself; it needs a throw to know.
      if (!result.ok) throw new Error(result.kind === 'api' ? result.code : `upload ${result.kind}`)
      return { src: result.value.src }
    },
    resolve: (asset) => asset.props.src,
  }
}
