import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** The server's bundle, as `pnpm start` runs it (server/scripts/build.ts). */
export const serverBundle = join(repoRoot, 'server/dist')

/** What the bundle is made of: an edit here after the build means the bundle is old. */
const SOURCES = [join(repoRoot, 'server/src'), join(repoRoot, 'shared/src')]

function newestChange(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestChange(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs)
    }
  }
  return newest
}

/** Entries found fresh in this process: the check walks every source file, once is enough. */
const checked = new Set<string>()

/**
 * The bundle's entry `file`, once it is known to be built from the sources as they are: a test
 * or benchmark of an old bundle would quietly run old code. Throws, saying what to run.
 */
export function builtServerFile(file: string): string {
  const path = join(serverBundle, file)
  if (checked.has(path)) return path
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm run build\` first`)
  const built = statSync(path).mtimeMs
  const stale = SOURCES.filter((dir) => newestChange(dir) > built)
  if (stale.length > 0) {
    throw new Error(
      `${path} is older than ${stale.join(' and ')}: run \`pnpm run build\` (or \`pnpm --filter @reflectiebord/server build\`) first`,
    )
  }
  checked.add(path)
  return path
}
