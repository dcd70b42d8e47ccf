import { FACILITATOR_KEY_HEADER } from '@reflectiebord/shared'
import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { hasOfflineCopy, offlineCopyText } from './fixtures/offlineCopy.ts'
import type { Person } from './fixtures/Person.ts'
import { describe, expect, test } from './fixtures/test.ts'

/** What the server writes into a blanked-out note (server/src/control/redactShape.ts). */
const REDACTED_TEXT = 'Afgeschermd door de begeleider · Hidden by the facilitator'

async function noteText(person: Person, id: string): Promise<string | undefined> {
  return (await person.board.notes()).find((note) => note.id === id)?.text
}

describe('offline copies follow deletion and redaction, in every browser that holds one', () => {
  test("a redacted note's old text leaves the participants' offline copies", async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Aalst')
    const sessionId = session.session.id
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(session.participantLink)
    await bram.joinBoard(session.participantLink)
    const secret = 'Mevrouw Peeters van nr. 12'
    const slip = await anna.board.addNote(secret, { x: 0.5, y: 0.45 })
    await expect.poll(() => noteText(bram, slip), { timeout: 15_000 }).toBe(secret)
    // Both browsers keep it: the writer's and a reader's.
    for (const person of [anna, bram]) {
      await expect
        .poll(() => offlineCopyText(person.page, sessionId), { timeout: 15_000 })
        .toContain(secret)
    }
    // Bram closes the board before the redaction: his browser hears of it only when he returns.
    await bram.page.goto(`${server.url}/`, { timeout: 30_000 })

    await session.command({ type: 'board.redact', shapeId: slip })

    await expect.poll(() => noteText(anna, slip), { timeout: 15_000 }).toBe(REDACTED_TEXT)
    await expect
      .poll(() => offlineCopyText(anna.page, sessionId), { timeout: 15_000 })
      .not.toContain(secret)
    // Rewritten, not emptied: the board is still kept, with the redacted note.
    expect(await offlineCopyText(anna.page, sessionId)).toContain('Afgeschermd door de begeleider')
    expect(await offlineCopyText(bram.page, sessionId)).toContain(secret)

    await bram.joinBoard(session.participantLink)
    await expect.poll(() => noteText(bram, slip), { timeout: 15_000 }).toBe(REDACTED_TEXT)
    await expect
      .poll(() => offlineCopyText(bram.page, sessionId), { timeout: 15_000 })
      .not.toContain(secret)

    // After a reload the board opens from the rewritten copy as it was.
    await anna.reload()
    await expect.poll(() => noteText(anna, slip), { timeout: 15_000 }).toBe(REDACTED_TEXT)
    expect(await offlineCopyText(anna.page, sessionId)).not.toContain(secret)
    for (const person of [anna, bram]) expect(person.pageErrors, person.name).toEqual([])
  })

  test("a deleted session's offline copy is gone from participants' browsers", async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Wordt verwijderd')
    const sessionId = session.session.id
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(session.participantLink)
    await bram.joinBoard(session.participantLink)
    await anna.board.addNote('Iets om te bewaren', { x: 0.5, y: 0.45 })
    for (const person of [anna, bram]) {
      await expect
        .poll(() => offlineCopyText(person.page, sessionId), { timeout: 15_000 })
        .toContain('Iets om te bewaren')
    }
    // Bram has left the board when it happens; Anna is still on it.
    await bram.page.goto(`${server.url}/`, { timeout: 30_000 })

    const deleted = await fetch(`${server.url}/api/sessions/${sessionId}`, {
      method: 'DELETE',
      headers: { [FACILITATOR_KEY_HEADER]: session.session.facilitatorKey },
    })
    expect(deleted.status).toBe(204)

    // Anna is disconnected (4404) and told; her browser drops its copy at once.
    await anna.join.sessionNotFound.waitFor({ state: 'visible', timeout: 15_000 })
    await expect.poll(() => hasOfflineCopy(anna.page, sessionId), { timeout: 15_000 }).toBe(false)

    // Bram's browser knows nothing yet, until he opens the link again (HTTP 404).
    expect(await hasOfflineCopy(bram.page, sessionId)).toBe(true)
    await bram.join.goto(session.participantLink)
    await bram.join.sessionNotFound.waitFor({ state: 'visible', timeout: 15_000 })
    await expect.poll(() => hasOfflineCopy(bram.page, sessionId), { timeout: 15_000 }).toBe(false)
    // Nor does it remember the session's title for opening it offline.
    const known = await bram.page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
      ).localStorage.getItem('reflectiebord:knownSessions'),
    )
    expect(known ?? '').not.toContain(sessionId)
  })
})
