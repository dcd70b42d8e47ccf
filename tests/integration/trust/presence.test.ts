import { MAX_AWARENESS_IDS_PER_PERSON } from '@reflectiebord/server'
import {
  type CreatedSession,
  PRESENCE_FIELD,
  presenceUserId,
  publicParticipantId,
  roomName,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  awarenessFrame,
  awarenessReceived,
  freshClientId,
  identityOf,
  presenceClaiming,
  presenceSeenBy,
  type SeenEntry,
} from '../../support/awareness.ts'
import {
  ClientPool,
  controlOf,
  person,
  sendCommand,
  type TestPerson,
} from '../../support/control.ts'
import { afterMarker } from '../../support/markers.ts'
import { connectRaw, type RawClient } from '../../support/rawClient.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../../support/serverProcess.ts'
import { createSession } from '../../support/sessions.ts'
import { waitFor, waitForSynced } from '../../support/stockClient.ts'

/**
 * Presence belongs to its sender (docs/architecture.md): whatever identity a presence claims,
 * others see the sender's; follow-me can only follow the facilitator's own connection; and a
 * person's awareness client id stays theirs while they are away.
 */

let server: ServerProcess
let session: CreatedSession
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const raws: RawClient[] = []

beforeAll(async () => {
  server = await startServerProcess()
})

beforeEach(async () => {
  session = await createSession(server.url, 'Aanwezigheid')
})

afterEach(() => {
  pool.closeAll()
  for (const raw of raws.splice(0)) raw.close()
})

afterAll(async () => {
  await discardTestServers()
})

/** A raw websocket on the board, admitted as `who`. */
async function rawAs(who: TestPerson): Promise<RawClient> {
  const params = new URLSearchParams({ name: who.name, pid: who.pid })
  if (who.key) params.set('key', who.key)
  const raw = await connectRaw(
    `${server.wsUrl}/${roomName(session.id, SessionDocument.Board)}?${params}`,
  )
  raws.push(raw)
  return raw
}

describe('a presence claiming someone else', () => {
  it("is seen by others with the sender's own user id, name and colour", async () => {
    const els = person('Els', session)
    const bert = person('Bert')
    const mallory = person('Mallory')
    const elsBoard = pool.join(els)
    const bertBoard = pool.join(bert)
    await Promise.all([waitForSynced(elsBoard), waitForSynced(bertBoard)])
    elsBoard.provider.awareness.setLocalStateField(PRESENCE_FIELD, presenceClaiming(els, 1))
    await waitFor(
      () => presenceSeenBy(bertBoard, elsBoard.doc.clientID)?.userName === 'Els',
      "Bert to see Els's presence",
    )
    // An honest presence arrives as it was sent.
    expect(presenceSeenBy(bertBoard, elsBoard.doc.clientID)).toEqual(presenceClaiming(els, 1))

    // Mallory's connection speaks for a client of its own, claiming to be Els.
    const raw = await rawAs(mallory)
    const forgedId = freshClientId()
    raw.send(
      awarenessFrame([
        { clientId: forgedId, clock: 1, state: { [PRESENCE_FIELD]: presenceClaiming(els, 777) } },
      ]),
    )
    await afterMarker(raw, [bertBoard])

    // Bert sees Mallory, where she is pointing: identity rewritten, the rest kept.
    expect(presenceSeenBy(bertBoard, forgedId)).toEqual({
      ...presenceClaiming(els, 777),
      ...identityOf(mallory),
    })
    const named = [...bertBoard.provider.awareness.getStates()]
      .filter(([, state]) => (state as SeenEntry['state'])?.[PRESENCE_FIELD]?.userName === 'Els')
      .map(([clientId]) => clientId)
    expect(named).toEqual([elsBoard.doc.clientID])
  })
})

describe('follow-me', () => {
  it("cannot be hijacked: the leader's user id arrives only from the leader's connection", async () => {
    const els = person('Els', session)
    const bert = person('Bert')
    const mallory = person('Mallory')
    const elsBoard = pool.join(els)
    const bertControl = pool.join(bert, SessionDocument.Control)
    await Promise.all([waitForSynced(elsBoard), waitForSynced(bertControl)])
    expect((await sendCommand(server.url, session.id, els, { type: 'follow.start' })).status).toBe(
      200,
    )
    await waitFor(
      () => controlOf(bertControl).follow.leaderPublicId !== null,
      'the follow request to reach Bert',
    )
    // What Bert's page follows: the tldraw user of the public id in session control.
    const leaderPublicId = controlOf(bertControl).follow.leaderPublicId ?? ''
    const leaderUserId = presenceUserId(leaderPublicId)
    expect(leaderPublicId).toBe(publicParticipantId(els.pid))

    // Bert is a follower; a raw socket records every presence the server sends him.
    const follower = await rawAs(bert)
    const attacker = await rawAs(mallory)
    elsBoard.provider.awareness.setLocalStateField(PRESENCE_FIELD, presenceClaiming(els, 1))
    await waitFor(
      () => awarenessReceived(follower).some((entry) => entry.clientId === elsBoard.doc.clientID),
      "Els's presence to reach the follower",
    )

    // Mallory claims the leader's user id and name: on a client of her own, then on Els's
    // own client id with a far newer clock.
    const ownId = freshClientId()
    attacker.send(
      awarenessFrame([
        { clientId: ownId, clock: 1, state: { [PRESENCE_FIELD]: presenceClaiming(els, 5000) } },
        {
          clientId: elsBoard.doc.clientID,
          clock: 1_000_000,
          state: { [PRESENCE_FIELD]: presenceClaiming(els, 6000) },
        },
      ]),
    )
    await afterMarker(attacker, [follower])

    const seen = awarenessReceived(follower)
    const claimingLeader = seen.filter(
      (entry) => entry.state?.[PRESENCE_FIELD]?.userId === leaderUserId,
    )
    expect(claimingLeader.length).toBeGreaterThan(0)
    for (const entry of claimingLeader) {
      expect(entry.clientId).toBe(elsBoard.doc.clientID)
      expect(entry.state?.[PRESENCE_FIELD]?.cursor.x).toBe(1)
    }
    // Mallory's presence did arrive, as Mallory: the check above is not empty by accident.
    expect(seen.find((entry) => entry.clientId === ownId)?.state?.[PRESENCE_FIELD]).toMatchObject(
      identityOf(mallory),
    )
  })
})

describe('a person who drops and comes back', () => {
  it('keeps their awareness client id: nobody else can take it while they are away', async () => {
    const ann = person('Ann')
    const bert = person('Bert')
    const mallory = person('Mallory')
    const bertBoard = pool.join(bert)
    await waitForSynced(bertBoard)
    // Ann's page: one awareness client id for as long as the page lives, across connections.
    const annId = freshClientId()
    const annBefore = await rawAs(ann)
    annBefore.send(
      awarenessFrame([
        { clientId: annId, clock: 1, state: { [PRESENCE_FIELD]: presenceClaiming(ann, 1) } },
      ]),
    )
    await waitFor(() => presenceSeenBy(bertBoard, annId)?.cursor.x === 1, 'Bert to see Ann')

    // Ann's connection drops; the server removes her presence for everyone.
    annBefore.close()
    await waitFor(
      () => !bertBoard.provider.awareness.getStates().has(annId),
      "Ann's presence to be removed",
    )

    // While she is away, Mallory speaks for Ann's client id with a far newer clock: if the
    // server took it, every update Ann sent after coming back would look older and be lost.
    const raw = await rawAs(mallory)
    raw.send(
      awarenessFrame([
        {
          clientId: annId,
          clock: 1_000_000,
          state: { [PRESENCE_FIELD]: presenceClaiming(ann, 666) },
        },
      ]),
    )
    await afterMarker(raw, [bertBoard])
    expect(bertBoard.provider.awareness.getStates().has(annId)).toBe(false)

    // Ann comes back on a new connection and moves: Bert sees her again, on the same id.
    const annAfter = await rawAs(ann)
    annAfter.send(
      awarenessFrame([
        { clientId: annId, clock: 2, state: { [PRESENCE_FIELD]: presenceClaiming(ann, 2) } },
      ]),
    )
    await waitFor(() => presenceSeenBy(bertBoard, annId)?.cursor.x === 2, 'Bert to see Ann again')
    expect(presenceSeenBy(bertBoard, annId)).toMatchObject(identityOf(ann))
  })

  it('moves their client id to the connection that speaks for it last', async () => {
    const ann = person('Ann')
    const bert = person('Bert')
    const bertBoard = pool.join(bert)
    await waitForSynced(bertBoard)
    const annId = freshClientId()
    // A second client on the old socket only, so that Bert can see when that socket is gone.
    const witnessId = freshClientId()
    const oldSocket = await rawAs(ann)
    oldSocket.send(
      awarenessFrame([
        { clientId: annId, clock: 1, state: { [PRESENCE_FIELD]: presenceClaiming(ann, 1) } },
        { clientId: witnessId, clock: 1, state: { [PRESENCE_FIELD]: presenceClaiming(ann, 9) } },
      ]),
    )
    await waitFor(() => presenceSeenBy(bertBoard, annId)?.cursor.x === 1, 'Bert to see Ann')

    // The same person (same participant id) on a second socket, before the first one is gone
    // (a reconnect that beats the old socket's timeout): it speaks for her id from now on.
    const newSocket = await rawAs(ann)
    newSocket.send(
      awarenessFrame([
        { clientId: annId, clock: 2, state: { [PRESENCE_FIELD]: presenceClaiming(ann, 2) } },
      ]),
    )
    await waitFor(() => presenceSeenBy(bertBoard, annId)?.cursor.x === 2, 'Bert to see Ann move')

    // So the old socket's end does not take her presence with it: when the server has removed
    // what the old socket spoke for (the witness), Ann is still there.
    oldSocket.close()
    await waitFor(
      () => !bertBoard.provider.awareness.getStates().has(witnessId),
      "the old socket's presence to be removed",
    )
    expect(presenceSeenBy(bertBoard, annId)?.cursor.x).toBe(2)
  })

  it('gets a bounded number of client ids: a client inventing ids gets no more presences', async () => {
    const bert = person('Bert')
    const mallory = person('Mallory')
    const bertBoard = pool.join(bert)
    await waitForSynced(bertBoard)
    const invented = Array.from({ length: MAX_AWARENESS_IDS_PER_PERSON + 4 }, freshClientId)
    const raw = await rawAs(mallory)
    raw.send(
      awarenessFrame(
        invented.map((clientId, i) => ({
          clientId,
          clock: 1,
          state: { [PRESENCE_FIELD]: presenceClaiming(mallory, i) },
        })),
      ),
    )
    await afterMarker(raw, [bertBoard])
    const shown = invented.filter((id) => bertBoard.provider.awareness.getStates().has(id))
    expect(shown).toEqual(invented.slice(0, MAX_AWARENESS_IDS_PER_PERSON))
  })

  it('lets someone who reloaded many times (ids without a presence now) keep showing up', async () => {
    const ann = person('Ann')
    const bert = person('Bert')
    const bertBoard = pool.join(bert)
    await waitForSynced(bertBoard)
    const raw = await rawAs(ann)
    // Each reload: a new page with a new id, and the old page's presence removed.
    for (let reload = 0; reload < MAX_AWARENESS_IDS_PER_PERSON + 3; reload++) {
      const clientId = freshClientId()
      raw.send(
        awarenessFrame([
          {
            clientId,
            clock: 1,
            state: { [PRESENCE_FIELD]: presenceClaiming(ann, reload) },
          },
        ]),
      )
      await waitFor(
        () => presenceSeenBy(bertBoard, clientId)?.cursor.x === reload,
        `Bert to see Ann after reload ${reload}`,
      )
      raw.send(awarenessFrame([{ clientId, clock: 2, state: null }]))
      await waitFor(
        () => !bertBoard.provider.awareness.getStates().has(clientId),
        `the presence of page ${reload} to go`,
      )
    }
  })
})
