/**
 * Makes a brotli (`.br`) and a gzip (`.gz`) copy of every compressible file of the built
 * client, once, at build time, so the server sends the smallest one a browser accepts without
 * spending CPU on it per request. A copy that is not smaller is not kept.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest'])
/** Below this, headers cost more than compression saves. */
const MIN_BYTES = 1024

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}

let before = 0
let brotli = 0
for (const file of filesUnder(dist)) {
  if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue
  const bytes = readFileSync(file)
  const variants = [
    {
      path: `${file}.br`,
      data: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    },
    { path: `${file}.gz`, data: gzipSync(bytes, { level: 9 }) },
  ]
  for (const { path, data } of variants) {
    if (data.length < bytes.length) writeFileSync(path, data)
    else rmSync(path, { force: true })
  }
  before += bytes.length
  brotli += Math.min(bytes.length, variants[0]?.data.length ?? bytes.length)
}
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`
console.log(`compressed the built client: ${mib(before)} → ${mib(brotli)} with brotli`)
