import type { WebSocket } from 'playwright-core'
import { createSession } from '../support/sessions.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('a part of the page that cannot be fetched', () => {
  test('the board’s own file refused: a calm Dutch message with a way to try again, not a blank page', async ({
    cast,
    server,
  }) => {
    const session = await createSession(server.url, 'Intervisie team Brugge')
    const bram = await cast.enter('Bram')
    // The board is a chunk of its own (`Board-<hash>.js`): the server "goes away" for it alone,
    // for the page and its service worker.
    const boardChunk = /\/assets\/Board-[^/]*\.js$/
    await bram.context.route(boardChunk, (route) => route.abort('connectionrefused'))
    await bram.join.goto(`${server.url}/s/${session.id}`)
    await bram.join.submitName('Bram')
    const message = bram.page.getByTestId('chunk-failed')
    await message.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await message.getByRole('heading').textContent()).toBe(
      'Dit deel van de pagina kon niet geladen worden',
    )
    expect(await message.textContent()).toContain('Er gaat niets verloren')
    await bram.page.screenshot({ path: resultPath('chunk-failed-nl.png') })

    // Reloaded while the file is still refused: the tab knows Bram now, so the board's
    // connection opens ahead of its code; once the code fails, that connection closes too,
    // instead of staying open (and Bram counted as present) behind the message.
    const boardSockets: WebSocket[] = []
    let socketOpened: () => void = () => undefined
    const firstSocket = new Promise<void>((resolve) => {
      socketOpened = resolve
    })
    bram.page.on('websocket', (socket) => {
      if (!socket.url().includes(`/yjs/${session.id}/board`)) return
      boardSockets.push(socket)
      socketOpened()
    })
    // The file fails once the connection is open (it needs a ticket first), not before: in
    // that order the connection would have to be closed again.
    await bram.context.unroute(boardChunk)
    await bram.context.route(boardChunk, async (route) => {
      await Promise.race([firstSocket, new Promise((resolve) => setTimeout(resolve, 15_000))])
      await route.abort('connectionrefused')
    })
    await bram.page.reload()
    await message.waitFor({ state: 'visible', timeout: 30_000 })
    expect(boardSockets.length).toBeGreaterThanOrEqual(1)
    await expect
      .poll(() => boardSockets.every((socket) => socket.isClosed()), { timeout: 15_000 })
      .toBe(true)

    // Back: trying again opens the board.
    await bram.context.unroute(boardChunk)
    await message.getByRole('button', { name: 'Opnieuw proberen' }).click()
    await bram.board.waitUntilShown()
  })
})
