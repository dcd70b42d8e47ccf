import { SqliteStore } from '@reflectiebord/server'
import {
  ControlMaps,
  casusbespreking,
  readSlice,
  roomName,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ClientPool, controlOf, person } from '../support/control.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess
let sessionId = ''
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId }))

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('session control written by an older version', () => {
  it('is upgraded when the server loads it: the case discussion keeps its case-bringer', async () => {
    server = await startServerProcess()
    const dataDir = server.dataDir
    sessionId = (await createSession(server.url, 'Casus van vroeger')).id
    await server.stop()

    // What a version before the exercise modules stored: the case in the `session` map.
    const store = new SqliteStore(dataDir)
    const older = new Y.Doc()
    const former = { bringerPublicId: 'pub-ann', exampleCaseId: null }
    older.getMap(ControlMaps.session).set('case', former)
    await store.appendUpdates(roomName(sessionId, SessionDocument.Control), [
      Y.encodeStateAsUpdate(older),
    ])
    await store.close()

    server = await startServerProcess({ dataDir })
    const watcher = pool.join(person('Kijker'), SessionDocument.Control)
    await waitForSynced(watcher)
    await waitFor(
      () => readSlice(controlOf(watcher), casusbespreking) !== null,
      'the case in its new place',
    )
    expect(readSlice(controlOf(watcher), casusbespreking)).toEqual(former)
    expect(watcher.doc.getMap(ControlMaps.session).has('case')).toBe(false)

    // Stored as a server change: after another restart it is still there.
    pool.closeAll()
    await server.stop()
    server = await startServerProcess({ dataDir })
    const again = pool.join(person('Kijker'), SessionDocument.Control)
    await waitForSynced(again)
    expect(readSlice(controlOf(again), casusbespreking)).toEqual(former)
  })
})
