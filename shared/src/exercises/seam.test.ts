import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { exerciseModules } from './registry.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const trees = ['shared/src', 'server/src', 'client/src']

// The folders an exercise lives in, on each side, and the one registry per side.
const moduleFolders = readdirSync(join(root, 'shared/src/exercises')).filter((name) =>
  statSync(join(root, 'shared/src/exercises', name)).isDirectory(),
)
const allowed = (path: string) =>
  trees.some(
    (tree) =>
      moduleFolders.some((folder) => path.startsWith(`${tree}/exercises/${folder}/`)) ||
      path === `${tree}/exercises/registry.ts` ||
      path === `${tree}/exercises/registry.test.ts`,
  )

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path)
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : []
  })
}

describe('the exercise seam', () => {
  it('keeps every exercise in its own folders: the core names none of them', () => {
    const names = /stoplicht|dromen|casus/i
    const offenders = trees
      .flatMap((tree) => filesUnder(join(root, tree)))
      .map((file) => relative(root, file))
      .filter((path) => !allowed(path) && !path.endsWith('seam.test.ts'))
      .flatMap((path) =>
        readFileSync(join(root, path), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            names.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
          ),
      )
    expect(offenders).toEqual([])
  })

  it('has a folder in shared for every registered exercise', () => {
    for (const module of exerciseModules) {
      const folder = module.id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
      expect(moduleFolders).toContain(folder)
    }
  })
})
