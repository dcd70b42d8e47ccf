import { facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('deleting a session', () => {
  test('the facilitator deletes it from the panel: it is gone for everyone and from Mijn sessies', async ({
    cast,
    server,
  }) => {
    const { els, anna, participantLink } = await facilitatorAndOne(cast, server.url, 'Weg ermee')
    // Deleting is folded away with closing, under its own warning.
    await els.panel.unfold('session')
    els.page.once('dialog', (dialog) => void dialog.accept())
    await els.page.getByTestId('session-delete').click({ timeout: 5_000 })

    // The facilitator is taken home; the session is no longer remembered there.
    await els.page.waitForURL(`${server.url}/`, { timeout: 15_000 })
    await expect.poll(() => els.page.getByText('Weg ermee').count(), { timeout: 10_000 }).toBe(0)
    // The participant is disconnected and told the session does not exist.
    await anna.join.sessionNotFound.waitFor({ state: 'visible', timeout: 15_000 })
    // And the link leads nowhere any more.
    const res = await fetch(participantLink)
    expect(res.status).toBe(404)
  })
})
