import { createFacilitatedSession } from './fixtures/facilitatedSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('a browser that keeps nothing', () => {
  test('without IndexedDB (as in some private windows) the board opens and syncs, only not offline', async ({
    cast,
    server,
  }) => {
    const session = await createFacilitatedSession(server.url, 'Intervisie team Mechelen')
    const els = await cast.enter('Els')
    await els.joinBoard(session.facilitatorLink)

    const anna = await cast.enter('Anna')
    // Every attempt to open a database fails, as it does where storage is switched off.
    await anna.context.addInitScript(() => {
      const factory = (globalThis as unknown as { IDBFactory: { prototype: { open: unknown } } })
        .IDBFactory
      factory.prototype.open = () => {
        throw new DOMException('storage is switched off', 'InvalidStateError')
      }
    })
    await anna.joinBoard(session.participantLink)
    await anna.board.addNote('Wat we willen bewaren', { x: 0.5, y: 0.45 })
    await expect
      .poll(() => els.board.noteTexts(), { timeout: 15_000 })
      .toContain('Wat we willen bewaren')
    // y-indexeddb leaves its own failed open unhandled: a line in the console, nothing else.
    expect(anna.pageErrors.filter((error) => !error.includes('storage is switched off'))).toEqual(
      [],
    )
  })
})
