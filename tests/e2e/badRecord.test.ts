import { newParticipantId } from '@reflectiebord/shared'
import { connectStockClient, waitFor, waitForSynced } from '../support/stockClient.ts'
import type { HookWindow } from './fixtures/boardHook.ts'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('one bad record never breaks a board', () => {
  test('a record that does not fit tldraw: a new joiner still opens the board, the facilitator removes it', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Brugge')
    const els = await cast.enter('Els')
    await els.joinBoard(session.facilitatorLink)
    const noteId = await els.board.addNote('Wat ging goed?', { x: 0.4, y: 0.45 })

    // Another app on the same board (any stock y-websocket client) writes a copy of that note
    // with a colour tldraw does not have.
    const other = connectStockClient(server.wsUrl, session.session.id, {
      name: 'Andere app',
      pid: newParticipantId(),
    })
    try {
      await waitForSynced(other)
      const records = other.doc.getMap<Record<string, unknown>>('tldraw')
      await waitFor(() => records.has(noteId), 'the note to reach the other app')
      const original = records.get(noteId) ?? {}
      const brokenId = 'shape:van-een-andere-app'
      records.set(brokenId, {
        ...original,
        id: brokenId,
        props: { ...(original.props as Record<string, unknown>), color: 'chartreuse' },
      })

      // The facilitator, who was there, sees a calm notice in the panel; the board works on.
      await els.panel.open()
      await els.panel.skippedRecords.waitFor({ state: 'visible', timeout: 15_000 })
      expect(await els.panel.skippedRecordCount()).toBe(1)
      expect(await els.panel.skippedRecordsCount.textContent()).toBe(
        '1 onderdeel van het bord kon niet getoond worden.',
      )
      expect(await els.board.noteTexts()).toEqual(['Wat ging goed?'])
      await els.page.screenshot({ path: resultPath('bad-record-notice-nl.png'), timeout: 10_000 })

      // Someone who joins now gets the board, with everything that fits on it.
      const anna = await cast.enter('Anna')
      await anna.joinBoard(session.participantLink)
      expect(await anna.board.noteTexts()).toEqual(['Wat ging goed?'])
      await anna.board.addNote('Samen koffie', { x: 0.6, y: 0.45 })
      await expect
        .poll(() => els.board.noteTexts(), { timeout: 15_000 })
        .toEqual(['Samen koffie', 'Wat ging goed?'])
      // A participant gets no notice: there is no panel, and nothing to do.
      expect(await anna.panel.skippedRecords.count()).toBe(0)

      // The facilitator removes it for everyone.
      await els.panel.removeSkippedRecords()
      await els.panel.skippedRecords.waitFor({ state: 'detached', timeout: 15_000 })
      await waitFor(() => !records.has(brokenId), 'the record to leave the board document')
      const inAnnasDoc = await anna.page.evaluate(
        (id) => (globalThis as unknown as HookWindow).__reflectiebord?.doc.getMap('tldraw').has(id),
        brokenId,
      )
      expect(inAnnasDoc).toBe(false)
      for (const person of [els, anna]) expect(person.pageErrors, person.name).toEqual([])
    } finally {
      other.destroy()
    }
  })
})
