import { readFile } from 'node:fs/promises'
import { localDateTime } from '@reflectiebord/shared'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('the session record', () => {
  test('a facilitator downloads it as Markdown, named for the session and its day', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Leuven')
    const els = await cast.enter('Els')
    await els.joinBoard(session.facilitatorLink)
    await els.board.addNote('Wat namen we mee?', { x: 0.45, y: 0.5 })
    await els.panel.open()
    const button = els.page.getByTestId('record-download')
    await button.scrollIntoViewIfNeeded()
    await els.page.screenshot({ path: resultPath('record-panel-nl.png'), timeout: 10_000 })

    const [download] = await Promise.all([
      els.page.waitForEvent('download', { timeout: 15_000 }),
      button.click({ timeout: 5_000 }),
    ])
    // Nobody else came: the record is dated the day the session was made, in Brussels.
    const day = localDateTime(session.session.createdAt).date
    expect(download.suggestedFilename()).toBe(`Verslag Intervisie team Leuven ${day}.md`)
    const path = await download.path()
    const markdown = await readFile(path, 'utf8')
    expect(markdown).toContain('# Verslag: Intervisie team Leuven')
    expect(markdown).toContain('- Deelnemers: Els')
    expect(markdown).toContain('## Overige notities\n\n- Wat namen we mee?')
    expect(els.pageErrors).toEqual([])
  })
})
