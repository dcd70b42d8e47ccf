import type { Metadata } from 'sharp'
import { loadSharp } from './loadSharp.ts'

export interface IntakeLimits {
  /** Pixels the decoder may be asked to handle: far above any camera, far below a bomb. */
  maxInputPixels: number
  /** Longest side after resizing: sharp on a laptop screen, quick for a late joiner. */
  maxSide: number
}

export const defaultIntakeLimits: IntakeLimits = { maxInputPixels: 50_000_000, maxSide: 2000 }

export type IntakeProblem =
  | 'empty'
  | 'not-an-image'
  | 'unsupported-format'
  | 'too-many-pixels'
  | 'corrupt'

export type IntakeResult =
  | { ok: true; data: Buffer; width: number; height: number }
  | { ok: false; problem: IntakeProblem; detail: string }

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif'])

/**
 * Turns an uploaded file into a picture we are willing to store: recognised by its content
 * (never by its name or declared type), decoded with a pixel limit (no decompression bombs),
 * turned upright, resized, and re-encoded as WebP. Re-encoding keeps none of the original's
 * metadata: EXIF, GPS position, camera serial, XMP and ICC notes are all left behind.
 */
export async function takeInImage(
  bytes: Uint8Array,
  limits = defaultIntakeLimits,
): Promise<IntakeResult> {
  if (bytes.length === 0) return { ok: false, problem: 'empty', detail: 'zero bytes' }
  const sharp = await loadSharp()
  let metadata: Metadata
  try {
    // Reads the header only: size and format are known before anything is decoded.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (err) {
    return { ok: false, problem: 'not-an-image', detail: message(err) }
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) {
    return { ok: false, problem: 'unsupported-format', detail: String(metadata.format) }
  }
  const pixels = (metadata.width ?? 0) * (metadata.height ?? 0)
  if (pixels === 0 || pixels > limits.maxInputPixels) {
    return { ok: false, problem: 'too-many-pixels', detail: `${metadata.width}×${metadata.height}` }
  }
  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: limits.maxInputPixels,
      failOn: 'truncated',
    })
      .rotate()
      .resize({
        width: limits.maxSide,
        height: limits.maxSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    return { ok: true, data, width: info.width, height: info.height }
  } catch (err) {
    // A header that promised an image the rest of the file does not deliver.
    return { ok: false, problem: 'corrupt', detail: message(err) }
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
