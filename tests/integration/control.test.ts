import { join as joinPath } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { DATABASE_FILE_NAME } from '@reflectiebord/server'
import { type CreatedSession, remainingAt, SessionDocument } from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ClientPool,
  controlOf,
  person,
  sendCommand,
  submitSealed,
  type TestPerson,
} from '../support/control.ts'
import { afterMarker, roundTrip } from '../support/markers.ts'
import { closeOf, connectRaw, syncUpdateFrame } from '../support/rawClient.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { type StockClient, waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson

const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))
const join = (who: TestPerson, document?: SessionDocument): StockClient => pool.join(who, document)

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Intervisie')
  facilitator = person('Begeleider', session)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('session control is written by the server alone', () => {
  it('drops a participant forging a write to the control document with a raw client', async () => {
    const watcher = join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'cap.set', cap: 7 })).status,
    ).toBe(200)
    await waitFor(() => controlOf(watcher).settings.cap === 7, 'the cap to reach the watcher')

    // A Yjs update that would close the session and lift the cap, made without our UI.
    const forged = new Y.Doc()
    forged.getMap('session').set('settings', { cap: 100, closed: true })
    forged
      .getMap('people')
      .set('mallory', { publicId: 'mallory', name: 'Mallory', role: 'facilitator' })
    const raw = await connectRaw(`${server.wsUrl}/${session.id}/control?name=Mallory`)
    raw.send(syncUpdateFrame(Y.encodeStateAsUpdate(forged)))
    // The marker on Mallory's socket: once answered, the server has handled the forged write.
    await roundTrip(raw)

    // A later, real change proves the forged one had its chance to arrive and did not: had
    // it been taken, it would have been queued, stored and relayed to the watcher before this.
    await sendCommand(server.url, session.id, facilitator, { type: 'cap.set', cap: 8 })
    await waitFor(() => controlOf(watcher).settings.cap === 8, 'the later cap')
    expect(controlOf(watcher).settings.closed).toBe(false)
    expect(controlOf(watcher).people.find((p) => p.publicId === 'mallory')).toBeUndefined()
    // Mallory's own connection is listed, as what it is: a participant.
    expect(controlOf(watcher).people.find((p) => p.name === 'Mallory')?.role).toBe('participant')
    raw.close()

    const fresh = join(person('Nieuw'), SessionDocument.Control)
    await waitForSynced(fresh)
    expect(controlOf(fresh).settings).toEqual({
      cap: 8,
      closed: false,
      participantsMayReadRecord: false,
      timerAutoStart: true,
      timerSound: false,
    })
  })

  it('drops a facilitator writing to the control document directly, too', async () => {
    const own = join(facilitator, SessionDocument.Control)
    await waitForSynced(own)
    own.doc.getMap('session').set('settings', { cap: 3, closed: true })
    const other = join(person('Ann'), SessionDocument.Control)
    await waitForSynced(other)
    // The facilitator's own write has been handled, and anything it caused has reached Ann.
    await afterMarker(own, [other])
    expect(controlOf(other).settings.closed).toBe(false)
  })

  it('refuses commands from a participant and accepts them from the facilitator', async () => {
    const ann = person('Ann')
    const board = join(ann)
    await waitForSynced(board)
    const refused = await sendCommand(server.url, session.id, ann, { type: 'session.close' })
    expect(refused.status).toBe(403)
    expect(refused.body.error?.code).toBe('not-facilitator')
    const wrongKey = await sendCommand(
      server.url,
      session.id,
      { ...ann, key: 'A'.repeat(43) },
      { type: 'session.close' },
    )
    expect(wrongKey.status).toBe(403)

    const watcher = join(ann, SessionDocument.Control)
    await waitForSynced(watcher)
    expect(controlOf(watcher).settings.closed).toBe(false)
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'session.close' })).status,
    ).toBe(200)
    await waitFor(() => controlOf(watcher).settings.closed, 'the close to reach Ann')
  })

  it('lets a co-facilitator command until the right is taken back', async () => {
    const ann = person('Ann')
    const annBoard = join(ann)
    const watcher = join(facilitator, SessionDocument.Control)
    await Promise.all([waitForSynced(annBoard), waitForSynced(watcher)])
    await waitFor(() => controlOf(watcher).people.some((p) => p.name === 'Ann'), 'Ann in the list')
    const annPublic = controlOf(watcher).people.find((p) => p.name === 'Ann')?.publicId ?? ''

    expect(
      (await sendCommand(server.url, session.id, ann, { type: 'cap.set', cap: 5 })).status,
    ).toBe(403)
    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'role.grant',
          publicId: annPublic,
        })
      ).status,
    ).toBe(200)
    expect(
      (await sendCommand(server.url, session.id, ann, { type: 'cap.set', cap: 5 })).status,
    ).toBe(200)
    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'role.revoke',
          publicId: annPublic,
        })
      ).status,
    ).toBe(200)
    expect(
      (await sendCommand(server.url, session.id, ann, { type: 'cap.set', cap: 6 })).status,
    ).toBe(403)
    // Had the refused cap been set, it would have reached the watcher by this marker.
    await roundTrip(watcher)
    await waitFor(() => controlOf(watcher).settings.cap === 5, 'the co-facilitator cap')
  })
})

describe('facilitator commands', () => {
  it('load a template beside an earlier one, step phases and reset the timer per phase', async () => {
    const watcher = join(person('Ann'), SessionDocument.Control)
    await waitForSynced(watcher)
    const load = { type: 'template.load', templateId: 'casusbespreking', origin: { x: 0, y: 0 } }
    expect((await sendCommand(server.url, session.id, facilitator, load)).status).toBe(200)
    expect((await sendCommand(server.url, session.id, facilitator, load)).status).toBe(200)
    await waitFor(
      () => new Set(controlOf(watcher).areas.map((a) => a.instanceId)).size === 2,
      'two copies',
    )
    const [first, second] = [...new Set(controlOf(watcher).areas.map((a) => a.instanceId))]
    const areasOf = (id: string | undefined) =>
      controlOf(watcher).areas.filter((a) => a.instanceId === id)
    const rightOfFirst = Math.max(...areasOf(first).map((a) => a.x + a.w))
    const leftOfSecond = Math.min(...areasOf(second).map((a) => a.x))
    expect(leftOfSecond).toBeGreaterThan(rightOfFirst)

    expect(controlOf(watcher).activity?.phaseIndex).toBe(0)
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'phase.next' })).status,
    ).toBe(200)
    await waitFor(() => controlOf(watcher).activity?.phaseIndex === 1, 'phase 2')
    // The clarifying-questions phase of the case discussion has a ten-minute time box, and
    // it starts with the phase (the session's default).
    const timer = controlOf(watcher).timer
    expect(timer).toMatchObject({ durationMs: 600_000, remainingMs: 600_000, setBy: 'phase' })
    expect(timer?.runningSince).toEqual(expect.any(Number))
  })

  it('never drops a timer the facilitator set by hand when the phase changes', async () => {
    const watcher = join(person('Ann'), SessionDocument.Control)
    await waitForSynced(watcher)
    const send = (command: object) => sendCommand(server.url, session.id, facilitator, command)
    await send({ type: 'template.load', templateId: 'casusbespreking', origin: { x: 0, y: 0 } })
    expect((await send({ type: 'timer.start', durationMs: 45 * 60_000 })).status).toBe(200)
    await waitFor(() => controlOf(watcher).timer?.durationMs === 45 * 60_000, 'the own timer')
    const own = controlOf(watcher).timer
    expect((await send({ type: 'phase.next' })).status).toBe(200)
    await waitFor(() => controlOf(watcher).activity?.phaseIndex === 1, 'phase 2')
    expect(controlOf(watcher).timer).toEqual(own)

    // Once it has run its course or was reset, the next phase brings its own time box again;
    // with the setting off, ready to start instead of running.
    const configure = { type: 'timer.configure', autoStart: false, sound: true }
    expect((await send(configure)).status).toBe(200)
    expect((await send({ type: 'timer.reset' })).status).toBe(200)
    expect((await send({ type: 'phase.next' })).status).toBe(200)
    await waitFor(() => controlOf(watcher).activity?.phaseIndex === 2, 'phase 3')
    const control = controlOf(watcher)
    expect(control.settings).toMatchObject({ timerAutoStart: false, timerSound: true })
    expect(control.timer).toMatchObject({ runningSince: null, setBy: 'phase' })
    expect(control.timer?.durationMs).not.toBe(45 * 60_000)
  })

  it.each([
    [{ type: 'timer.configure', autoStart: 'ja', sound: false }, 'invalid-setting'],
    [{ type: 'timer.configure', autoStart: true }, 'invalid-setting'],
  ])('refuse the timer setting %j and keep the old one', async (command, code) => {
    const result = await sendCommand(server.url, session.id, facilitator, command)
    expect(result.status).toBe(400)
    expect(result.body.error?.code).toBe(code)
    const watcher = join(person('Ann'), SessionDocument.Control)
    await waitForSynced(watcher)
    expect(controlOf(watcher).settings).toMatchObject({ timerAutoStart: true, timerSound: false })
  })

  it.each([
    [{ type: 'timer.start', durationMs: -60_000 }, 'invalid-duration'],
    [{ type: 'timer.start', durationMs: 1e15 }, 'invalid-duration'],
    [{ type: 'timer.start', durationMs: 'tien minuten' }, 'invalid-duration'],
    [{ type: 'phase.set', index: 99 }, 'phase-out-of-range'],
    [{ type: 'phase.set', index: -1 }, 'phase-out-of-range'],
    [
      { type: 'template.load', templateId: 'bestaat-niet', origin: { x: 0, y: 0 } },
      'unknown-template',
    ],
    [{ type: 'self.destruct' }, 'unknown-command'],
  ])('refuse %j with a clear error and change nothing', async (command, code) => {
    await sendCommand(server.url, session.id, facilitator, {
      type: 'template.load',
      templateId: 'stoplichtspel',
      origin: { x: 0, y: 0 },
    })
    const watcher = join(person('Ann'), SessionDocument.Control)
    await waitForSynced(watcher)
    await waitFor(() => controlOf(watcher).activity !== null, 'the exercise')
    const before = controlOf(watcher)
    const result = await sendCommand(server.url, session.id, facilitator, command)
    expect(result.status).toBe(400)
    expect(result.body.error?.code).toBe(code)
    await roundTrip(watcher)
    expect(controlOf(watcher).activity).toEqual(before.activity)
    expect(controlOf(watcher).timer).toEqual(before.timer)
  })

  it('keep a running timer across a server crash: same start, same remaining time', async () => {
    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'timer.start',
          durationMs: 300_000,
        })
      ).status,
    ).toBe(200)
    const before = join(person('Ann'), SessionDocument.Control)
    await waitFor(() => controlOf(before).timer !== null, 'the timer')
    const timer = controlOf(before).timer!
    await server.kill()
    pool.closeAll()

    server = await startServerProcess({ dataDir: server.dataDir })
    const after = join(person('Bert'), SessionDocument.Control)
    await waitForSynced(after)
    expect(controlOf(after).timer).toEqual(timer)
    const now = Date.now()
    expect(Math.abs(remainingAt(controlOf(after).timer!, now) - remainingAt(timer, now))).toBe(0)
    expect(remainingAt(timer, now)).toBeLessThan(300_000)
  })
})

describe('the participant cap', () => {
  it('turns away one person too many with 4429, but not a second tab or a facilitator', async () => {
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'cap.set', cap: 2 })).status,
    ).toBe(200)
    const ann = person('Ann')
    const bert = person('Bert')
    await Promise.all([waitForSynced(join(ann)), waitForSynced(join(bert))])

    const carl = await connectRaw(`${server.wsUrl}/${session.id}/board?name=Carl`)
    expect((await closeOf(carl)).code).toBe(4429)
    await Promise.all([waitForSynced(join(ann)), waitForSynced(join(ann, SessionDocument.Control))])
    await waitForSynced(join(facilitator))
  })
})

describe('a closed session', () => {
  it('is read-only for everyone, and converges again after it reopens', async () => {
    const ann = join(person('Ann'))
    const bert = join(person('Bert'))
    await Promise.all([waitForSynced(ann), waitForSynced(bert)])
    ann.doc.getMap('tldraw').set('shape:voor', { text: 'voor het sluiten' })
    await waitFor(() => bert.doc.getMap('tldraw').has('shape:voor'), 'the note before closing')

    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'session.close' })).status,
    ).toBe(200)
    ann.doc.getMap('tldraw').set('shape:tijdens', { text: 'tijdens het sluiten' })
    // Ann's write has been handled, and had it been taken it would have reached Bert by now.
    await afterMarker(ann, [bert])
    expect(bert.doc.getMap('tldraw').has('shape:tijdens')).toBe(false)
    const late = join(person('Laat'))
    await waitForSynced(late)
    expect(late.doc.getMap('tldraw').has('shape:tijdens')).toBe(false)

    // Writes are refused, never lost: after reopening, Ann's next edit brings the rest along.
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'session.reopen' })).status,
    ).toBe(200)
    ann.doc.getMap('tldraw').set('shape:na', { text: 'na het heropenen' })
    await waitFor(
      () =>
        bert.doc.getMap('tldraw').has('shape:na') && bert.doc.getMap('tldraw').has('shape:tijdens'),
      'Bert to converge with Ann',
    )
    expect(bert.doc.getMap('tldraw').toJSON()).toEqual(ann.doc.getMap('tldraw').toJSON())
  })

  it('refuses every command but reopening', async () => {
    await sendCommand(server.url, session.id, facilitator, { type: 'session.close' })
    const refused = await sendCommand(server.url, session.id, facilitator, {
      type: 'timer.start',
      durationMs: 60_000,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.error?.code).toBe('session-closed')
  })
})

describe('server-held secrets', () => {
  it('never reach another participant before the reveal, in any message', async () => {
    const ann = person('Ann')
    const bert = person('Bert')
    const annBoard = join(ann)
    await waitForSynced(annBoard)
    // Bert listens to everything the server sends him, on both documents, raw.
    const bertControl = await connectRaw(
      `${server.wsUrl}/${session.id}/control?name=Bert&pid=${bert.pid}`,
    )
    const bertBoard = await connectRaw(
      `${server.wsUrl}/${session.id}/board?name=Bert&pid=${bert.pid}`,
    )

    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'sealed.open',
          boxId: 'stelling-1',
          anonymous: false,
        })
      ).status,
    ).toBe(200)
    const secret = 'GEHEIM-oranje-7f3a'
    expect(
      (await submitSealed(server.url, session.id, 'stelling-1', ann, { kleur: secret })).body.count,
    ).toBe(1)
    // A second submission by the same person replaces the first.
    expect(
      (await submitSealed(server.url, session.id, 'stelling-1', ann, { kleur: `${secret}-2` })).body
        .count,
    ).toBe(1)

    const watcher = join(facilitator, SessionDocument.Control)
    await waitFor(() => controlOf(watcher).sealed[0]?.count === 1, 'the count')
    // The submissions were answered, so the server has done all they cause; a marker on each
    // listening socket shows that whatever it sent them before has arrived.
    await Promise.all([roundTrip(bertControl), roundTrip(bertBoard), roundTrip(watcher)])
    const received = () =>
      [...bertControl.received, ...bertBoard.received]
        .map((m) => Buffer.from(m).toString('latin1'))
        .join('\n')
    expect(received()).not.toContain(secret)
    expect(JSON.stringify(controlOf(watcher))).not.toContain(secret)

    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'sealed.reveal',
          boxId: 'stelling-1',
        })
      ).status,
    ).toBe(200)
    await waitFor(() => received().includes(`${secret}-2`), 'the revealed value to reach Bert')
    expect(controlOf(watcher).sealed[0]?.revealed).toEqual([
      expect.objectContaining({ name: 'Ann', value: { kleur: `${secret}-2` } }),
    ])
    // After the reveal the box takes nothing more.
    expect(
      (await submitSealed(server.url, session.id, 'stelling-1', ann, { kleur: 'te laat' })).status,
    ).toBe(409)
    bertControl.close()
    bertBoard.close()
  })

  it('keep no link from a value to a person in an anonymous box, shared or stored', async () => {
    const voters = [person('Ann'), person('Bert'), person('Carl')]
    await Promise.all(voters.map((v) => waitForSynced(join(v))))
    await sendCommand(server.url, session.id, facilitator, {
      type: 'sealed.open',
      boxId: 'anoniem',
      anonymous: true,
    })
    for (const [i, voter] of voters.entries()) {
      expect(
        (await submitSealed(server.url, session.id, 'anoniem', voter, { kleur: `kleur-${i}` }))
          .status,
      ).toBe(200)
    }
    expect(
      (
        await sendCommand(server.url, session.id, facilitator, {
          type: 'sealed.reveal',
          boxId: 'anoniem',
        })
      ).status,
    ).toBe(200)

    const watcher = join(facilitator, SessionDocument.Control)
    await waitFor(() => controlOf(watcher).sealed[0]?.status === 'revealed', 'the reveal')
    const revealed = controlOf(watcher).sealed[0]?.revealed ?? []
    expect(revealed).toHaveLength(3)
    for (const entry of revealed) {
      expect(entry.publicId).toBeNull()
      expect(entry.name).toBeNull()
    }
    const db = new DatabaseSync(joinPath(server.dataDir, DATABASE_FILE_NAME), { readOnly: true })
    const rows = db.prepare('SELECT * FROM sealed_submissions').all()
    db.close()
    expect(rows).toEqual([])
  })

  it('refuse a submission from someone who never joined, to an unknown box, or too large', async () => {
    await sendCommand(server.url, session.id, facilitator, {
      type: 'sealed.open',
      boxId: 'doos',
      anonymous: false,
    })
    expect(
      (await submitSealed(server.url, session.id, 'doos', person('Vreemde'), 'groen')).status,
    ).toBe(403)
    const ann = person('Ann')
    await waitForSynced(join(ann))
    expect((await submitSealed(server.url, session.id, 'geen-doos', ann, 'groen')).status).toBe(404)
    expect((await submitSealed(server.url, session.id, 'doos', ann, 'x'.repeat(2000))).status).toBe(
      400,
    )
  })
})
