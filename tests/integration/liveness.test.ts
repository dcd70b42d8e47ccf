import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectRaw } from '../support/rawClient.ts'
import { serverCounts } from '../support/serverLog.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { connectStockClient, waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess

beforeAll(async () => {
  server = await startServerProcess({ env: { PING_INTERVAL_SECONDS: '1', LOG_LEVEL: 'debug' } })
})

afterAll(discardTestServers)

describe('dead connections', () => {
  it('are closed when they stop answering pings, and their presence goes with them', async () => {
    const session = await createSession(server.url)
    const watcher = connectStockClient(server.wsUrl, session.id, { name: 'Blijft' })
    await waitForSynced(watcher)

    const silent = await connectRaw(`${server.wsUrl}/${session.id}/board?name=Stil`)
    // Announce a presence, then go silent: a paused socket neither reads pings nor answers them.
    const ghost = connectStockClient(server.wsUrl, session.id, { name: 'Spook' })
    await waitForSynced(ghost)
    ghost.provider.awareness.setLocalStateField('user', { name: 'Spook' })
    const ghostId = ghost.doc.clientID
    await waitFor(() => watcher.provider.awareness.getStates().has(ghostId), 'the ghost to be seen')
    ghost.provider.shouldConnect = false
    const ghostSocket = ghost.provider.ws as unknown as { _socket?: { pause(): void } } | null
    ghostSocket?._socket?.pause()
    ;(silent.socket as unknown as { _socket: { pause(): void } })._socket.pause()

    await waitFor(
      () => !watcher.provider.awareness.getStates().has(ghostId),
      'the dead presence to be removed',
      8000,
    )
    await expect.poll(() => serverCounts(server).connections, { timeout: 8000 }).toBe(1)
    watcher.destroy()
    ghost.destroy()
    silent.socket.terminate()
  })
})
