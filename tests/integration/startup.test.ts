import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE_NAME } from '@reflectiebord/server'
import { afterEach, describe, expect, it } from 'vitest'
import {
  discardTestServers,
  makeDataDir,
  runServerExpectingExit,
} from '../support/serverProcess.ts'

// Removes the folders made below (and ends any server still running), pass or fail.
afterEach(discardTestServers)

describe('start-up', () => {
  it('refuses an unreadable database with a message naming the file, and leaves it as it was', async () => {
    const dir = makeDataDir()
    const file = join(dir, DATABASE_FILE_NAME)
    const garbage = Buffer.from('SQLite format 3\u0000 maar daarna alleen onzin '.repeat(300))
    writeFileSync(file, garbage)

    const { code, output } = await runServerExpectingExit({ DATA_DIR: dir })
    expect(code).toBe(1)
    expect(output).toContain(file)
    expect(output).toContain('cannot be read')
    expect(output).not.toContain('listens on')
    expect(readFileSync(file).equals(garbage)).toBe(true)
  })

  it('refuses a configuration value that makes no sense, naming the variable', async () => {
    const dir = makeDataDir()
    mkdirSync(dir, { recursive: true })
    const { code, output } = await runServerExpectingExit({
      DATA_DIR: dir,
      MAX_MESSAGE_BYTES: 'veel',
    })
    expect(code).toBe(1)
    expect(output).toContain('MAX_MESSAGE_BYTES')
  })
})
