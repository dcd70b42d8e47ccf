import type { Sharp, SharpOptions } from 'sharp'

export type SharpFactory = (input: Uint8Array | string, options?: SharpOptions) => Sharp
let loaded: Promise<SharpFactory> | undefined

/**
 * sharp (libvips) is loaded with the first picture it is needed for (an upload, a PDF record),
 * not at start-up: a server whose sessions never use one does not carry its memory.
 */
export function loadSharp(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    // sharp's operation cache would keep decoded images of past uploads in memory.
    sharp.cache(false)
    return sharp
  })
  return loaded
}
