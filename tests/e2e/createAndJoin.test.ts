import { createSession } from '../support/sessions.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('creating a session and joining it', () => {
  test('the home page gives a facilitator link and a participant link, and the participant link leads to the board', async ({
    cast,
    server,
  }) => {
    const facilitator = await cast.enter('Els')
    await facilitator.home.goto()
    const links = await facilitator.home.createSession('Intervisie team Gent')

    const participantUrl = new URL(links.participant)
    expect(participantUrl.origin).toBe(server.url)
    expect(participantUrl.pathname).toMatch(/^\/s\/[A-Za-z0-9_-]{24}$/)
    // Whoever has the participant link must not be able to act as facilitator.
    expect(participantUrl.hash).toBe('')
    expect(links.participant).not.toContain('begeleider')

    const facilitatorUrl = new URL(links.facilitator)
    expect(facilitatorUrl.pathname).toBe(participantUrl.pathname)
    // The key travels in the fragment, which the browser never sends to the server.
    expect(facilitatorUrl.hash).toMatch(/^#begeleider=[A-Za-z0-9_-]{43}$/)
    await expect
      .poll(() => facilitator.home.mySessions.textContent(), { timeout: 5_000 })
      .toContain('Intervisie team Gent')

    const participant = await cast.enter('Bram')
    await participant.joinBoard(links.participant)
    await expect
      .poll(() => participant.board.sessionTitle.textContent(), { timeout: 10_000 })
      .toContain('Intervisie team Gent')
    expect(await participant.board.status()).toBe('connected')
    expect(participant.pageErrors, participant.failedRequests.join('\n')).toEqual([])
  })

  test('an empty or blank name is refused with a Dutch message and the board stays closed', async ({
    cast,
    server,
  }) => {
    const { id } = await createSession(server.url, 'Intervisie team Brugge')
    const participant = await cast.enter('Bram')
    await participant.join.goto(`${server.url}/s/${id}`)
    await participant.join.waitForNameForm()

    for (const blank of ['', '   \t ']) {
      await participant.join.submitName(blank)
      await participant.join.nameError.waitFor({ state: 'visible', timeout: 5_000 })
      const message = (await participant.join.nameError.textContent()) ?? ''
      expect(message).toMatch(/naam/i)
      expect(message).not.toMatch(/\bname\b|enter|please/i)
      expect(await participant.board.board.count()).toBe(0)
    }

    await participant.join.submitName('Bram')
    await participant.board.waitUntilReady()
    expect(await participant.join.nameError.count()).toBe(0)
  })

  test('an empty title is refused with a Dutch message and no links appear', async ({ cast }) => {
    const facilitator = await cast.enter('Els')
    await facilitator.home.goto()

    for (const blank of ['', '    ']) {
      await facilitator.home.submitTitle(blank)
      await facilitator.home.titleError.waitFor({ state: 'visible', timeout: 5_000 })
      const message = (await facilitator.home.titleError.textContent()) ?? ''
      expect(message).toMatch(/titel/i)
      expect(message).not.toMatch(/\btitle\b|enter|please/i)
      expect(await facilitator.home.participantLink.count()).toBe(0)
      expect(await facilitator.home.facilitatorLink.count()).toBe(0)
    }
  })
})
