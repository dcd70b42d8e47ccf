import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serverBundle } from '../support/serverBuild.ts'

describe('the bundled server', () => {
  // The process tests run it with Node's type stripper switched off (serverProcess.ts), so a
  // TypeScript file loaded at run time fails them; this names the cause ahead of that.
  it('holds its workspace code and names no TypeScript file: nothing for Node to strip', () => {
    const files = readdirSync(serverBundle).filter((name) => name.endsWith('.js'))
    expect(files).toContain('main.js')
    expect(files).toContain('logWriterWorker.js')
    for (const name of files) {
      const code = readFileSync(join(serverBundle, name), 'utf8')
      // A file ending in .ts, as a string in the code: an import, a worker's file.
      expect(code.match(/["'`][^"'`\s]*\.ts["'`]/g) ?? [], name).toEqual([])
      // Our workspace packages are in the bundle, not imported (their entries are TypeScript).
      expect(code.match(/from\s*["']@reflectiebord\/[^"']*["']/g) ?? [], name).toEqual([])
      expect(code.match(/import\(\s*["']@reflectiebord\/[^"']*["']/g) ?? [], name).toEqual([])
    }
  })
})
