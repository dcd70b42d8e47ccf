import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../support/serverProcess.ts'

const dist = join(repoRoot, 'server/dist')

describe('the bundled server', () => {
  it('loads no TypeScript at run time: nothing for Node to strip, nothing of the stripper in memory', () => {
    const files = readdirSync(dist).filter((name) => name.endsWith('.js'))
    expect(files).toContain('main.js')
    expect(files).toContain('logWriterWorker.js')
    for (const name of files) {
      const code = readFileSync(join(dist, name), 'utf8')
      // An import, a dynamic import or a worker's file ending in .ts, as a string in the code.
      expect(code.match(/["'`][^"'`\s]*\.ts["'`]/g) ?? [], name).toEqual([])
    }
  })
})
