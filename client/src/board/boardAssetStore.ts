import type { TLAssetStore } from 'tldraw'
import { uploadPicture } from '../api/uploadPicture.ts'

/**
 * How the board stores pictures: a photo dropped or pasted on the board is uploaded to our
 * server and the board keeps only its URL, never the picture inline in the Yjs document
 * (which would make every sync carry it, and could pass the websocket message limit).
 */
export function createBoardAssetStore(sessionId: string, participantId: string): TLAssetStore {
  return {
    async upload(_asset, file, abortSignal) {
      const { src } = await uploadPicture(sessionId, participantId, file, abortSignal)
      return { src }
    },
    resolve: (asset) => asset.props.src,
  }
}
