import { join } from 'node:path'
import { recordPictureSource } from '@reflectiebord/shared'
import { loadSharp } from '../assets/loadSharp.ts'
import type { Store } from '../persistence/Store.ts'

/** A picture ready for the PDF: JPEG bytes and their size in pixels. */
export interface PdfPicture {
  data: Buffer
  width: number
  height: number
}

export interface RecordPicturesDeps {
  /** The built client, where the library's SVG pictures are (`<clientDist>/pictures/`). */
  clientDist: string
  assets: Pick<Store, 'readAsset'>
  sessionId: string
}

/** Longest side in pixels: sharp at the size the PDF prints them (about 7 cm), no more. */
const MAX_SIDE = 800
/** A library card is 400 × 300; rendered at twice that, it stays sharp on paper. */
const SVG_DENSITY = 144
/** The pixels a decoder may be asked for: a stored photo is at most 2000 × 2000. */
const MAX_INPUT_PIXELS = 50_000_000

/**
 * Turns the pictures a record names into JPEG for the PDF (PDF takes JPEG and PNG, not SVG or
 * WebP): library SVGs from the built client and this session's uploaded WebP photos, read
 * from disk by sharp. Nothing is fetched over the network, and an address that is neither
 * (see `recordPictureSource`), a missing file or a broken one gives null: the PDF then prints
 * the picture's description instead.
 */
export class RecordPictures {
  private readonly deps: RecordPicturesDeps

  constructor(deps: RecordPicturesDeps) {
    this.deps = deps
  }

  async load(src: string): Promise<PdfPicture | null> {
    const source = recordPictureSource(src, this.deps.sessionId)
    if (!source) return null
    const file =
      source.kind === 'library'
        ? join(this.deps.clientDist, 'pictures', source.file)
        : await this.deps.assets.readAsset(this.deps.sessionId, source.file)
    if (!file) return null
    try {
      const sharp = await loadSharp()
      const { data, info } = await sharp(file, {
        limitInputPixels: MAX_INPUT_PIXELS,
        failOn: 'truncated',
        ...(source.kind === 'library' ? { density: SVG_DENSITY } : {}),
      })
        .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 85 })
        .toBuffer({ resolveWithObject: true })
      return { data, width: info.width, height: info.height }
    } catch {
      return null
    }
  }
}
