import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface ScanHit {
  /** The file, relative to the data folder. */
  file: string
  needle: string
}

/**
 * Searches every file under a data folder (the database, its WAL and shared memory, photos,
 * anything a backup of the folder would copy) for each needle, as UTF-8 bytes. Meant to run
 * while the server is still running: what a backup taken now would hold.
 */
export function scanDataDir(dataDir: string, needles: readonly string[]): ScanHit[] {
  const hits: ScanHit[] = []
  const encoded = needles.map((needle) => ({ needle, bytes: Buffer.from(needle, 'utf8') }))
  for (const path of filesUnder(dataDir)) {
    const content = readFileSync(path)
    for (const { needle, bytes } of encoded) {
      if (content.includes(bytes)) hits.push({ file: relative(dataDir, path), needle })
    }
  }
  return hits
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path) : [path]
  })
}
