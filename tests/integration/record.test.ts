import {
  BOARD_RECORDS_MAP,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  localDateTime,
  PARTICIPANT_ID_HEADER,
  SessionDocument,
} from '@reflectiebord/shared'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ClientPool, controlOf, person, sendCommand, type TestPerson } from '../support/control.ts'
import { roundTrip } from '../support/markers.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { waitFor, waitForSynced } from '../support/stockClient.ts'

let server: ServerProcess
let session: CreatedSession
let facilitator: TestPerson
const pool = new ClientPool(() => ({ wsUrl: server.wsUrl, sessionId: session.id }))

const note = (id: string, x: number, y: number, text: string) => ({
  id,
  typeName: 'shape',
  type: 'note',
  parentId: 'page:page',
  x: x - 100,
  y: y - 100,
  rotation: 0,
  props: {
    richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    scale: 1,
    growY: 0,
  },
  meta: {},
})

const getRecord = (headers: Record<string, string>, lang = 'nl') =>
  fetch(`${server.url}/api/sessions/${session.id}/record.md?lang=${lang}`, { headers })

beforeEach(async () => {
  server = await startServerProcess()
  session = await createSession(server.url, 'Intervisie Gent')
  facilitator = person('Els', session)
})

afterEach(async () => {
  try {
    pool.closeAll()
  } finally {
    await discardTestServers()
  }
})

describe('the session record as Markdown', () => {
  it('is downloaded by a facilitator with every zone’s notes and the notes outside them', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)
    const load = await sendCommand(server.url, session.id, facilitator, {
      type: 'template.load',
      templateId: 'in-kaart-brengen',
      origin: { x: 0, y: 0 },
    })
    expect(load.status).toBe(200)
    await waitFor(() => controlOf(watcher).areas.length > 0, 'the zones')
    const zone = controlOf(watcher).areas.find((area) => area.areaId === 'wat')
    if (!zone) throw new Error('no zone "wat"')

    const ann = person('Ann')
    const board = pool.join(ann)
    await waitForSynced(board)
    const records = board.doc.getMap(BOARD_RECORDS_MAP)
    records.set(
      'shape:aanbod',
      note('shape:aanbod', zone.x + zone.w / 2, zone.y + zone.h / 2, 'Praatcafé op woensdag'),
    )
    records.set('shape:los', note('shape:los', -50_000, -50_000, 'Koffie voor iedereen'))
    await roundTrip(board)

    const res = await getRecord({
      [FACILITATOR_KEY_HEADER]: session.facilitatorKey,
      [PARTICIPANT_ID_HEADER]: facilitator.pid,
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/markdown')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const date = localDateTime(session.createdAt).date
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Verslag Intervisie Gent ${date}.md`)}`,
    )
    const markdown = await res.text()
    expect(markdown).toContain('# Verslag: Intervisie Gent')
    expect(markdown).toContain('- Deelnemers: Ann, Els')
    expect(markdown).toContain('## In kaart brengen')
    expect(markdown).toContain('- Praatcafé op woensdag')
    expect(markdown).toContain('## Overige notities\n\n- Koffie voor iedereen')

    const english = await (
      await getRecord(
        {
          [FACILITATOR_KEY_HEADER]: session.facilitatorKey,
          [PARTICIPANT_ID_HEADER]: facilitator.pid,
        },
        'en',
      )
    ).text()
    expect(english).toContain('# Record: Intervisie Gent')
  })

  it('says when the session was held, how long people were together and until when it is kept', async () => {
    const els = pool.join(facilitator)
    const ann = pool.join(person('Ann'))
    await Promise.all([waitForSynced(els), waitForSynced(ann)])
    const markdown = await (
      await getRecord({
        [FACILITATOR_KEY_HEADER]: session.facilitatorKey,
        [PARTICIPANT_ID_HEADER]: facilitator.pid,
      })
    ).text()
    // Two people are in: they met today, a moment ago.
    expect(markdown).toMatch(
      /^- Datum: \w+ \d{1,2} \w+ \d{4}, van \d{1,2}\.\d{2} tot \d{1,2}\.\d{2} uur$/m,
    )
    expect(markdown).toMatch(/^- Duur: \d+ min samen in de sessie$/m)
    expect(markdown).toMatch(
      /^- Bewaard tot: \d{1,2} \w+ \d{4} \(90 dagen na de laatste activiteit; daarna verwijdert de server de sessie\)$/m,
    )
  })

  it('is refused to a participant, to a wrong key and for an unknown session', async () => {
    const ann = person('Ann')
    await waitForSynced(pool.join(ann))
    const participant = await getRecord({ [PARTICIPANT_ID_HEADER]: ann.pid })
    expect(participant.status).toBe(403)
    const wrongKey = await getRecord({
      [FACILITATOR_KEY_HEADER]: 'x'.repeat(43),
      [PARTICIPANT_ID_HEADER]: ann.pid,
    })
    expect(wrongKey.status).toBe(403)
    const unknown = await fetch(`${server.url}/api/sessions/AAAAAAAAAAAAAAAAAAAAAAAA/record.md`, {
      headers: { [FACILITATOR_KEY_HEADER]: session.facilitatorKey },
    })
    expect(unknown.status).toBe(404)
  })
})

describe('participants and the record', () => {
  const allow = (allowed: boolean) =>
    sendCommand(server.url, session.id, facilitator, { type: 'record.allowParticipants', allowed })
  const codeOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string } }).error.code

  it('is theirs to read only while a facilitator allows it', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    const ann = person('Ann')
    await Promise.all([waitForSynced(watcher), waitForSynced(pool.join(ann))])
    const asAnn = () => getRecord({ [PARTICIPANT_ID_HEADER]: ann.pid })

    const before = await asAnn()
    expect(before.status).toBe(403)
    expect(await codeOf(before)).toBe('record-not-shared')

    expect((await allow(true)).status).toBe(200)
    await waitFor(
      () => controlOf(watcher).settings.participantsMayReadRecord,
      'everyone to see that participants may read the record',
    )
    const allowed = await asAnn()
    expect(allowed.status).toBe(200)
    expect(await allowed.text()).toContain('# Verslag: Intervisie Gent')

    // Allowed or not, only people who have been in the session.
    const stranger = await getRecord({ [PARTICIPANT_ID_HEADER]: person('Vreemde').pid })
    expect(stranger.status).toBe(403)
    expect(await codeOf(stranger)).toBe('not-in-session')
    const malformed = await getRecord({ [PARTICIPANT_ID_HEADER]: 'niet-een-id' })
    expect(malformed.status).toBe(403)
    expect(await codeOf(malformed)).toBe('not-in-session')
    expect((await getRecord({})).status).toBe(403)
    // A wrong key is refused, never taken for a participant who may read.
    const wrongKey = await getRecord({
      [FACILITATOR_KEY_HEADER]: 'x'.repeat(43),
      [PARTICIPANT_ID_HEADER]: ann.pid,
    })
    expect(wrongKey.status).toBe(403)
    expect(await codeOf(wrongKey)).toBe('not-facilitator')

    expect((await allow(false)).status).toBe(200)
    const after = await asAnn()
    expect(after.status).toBe(403)
    expect(await codeOf(after)).toBe('record-not-shared')
  })

  it('can be allowed on a closed session, and only by a facilitator', async () => {
    const ann = person('Ann')
    await waitForSynced(pool.join(ann))
    const byAnn = await sendCommand(server.url, session.id, ann, {
      type: 'record.allowParticipants',
      allowed: true,
    })
    expect(byAnn.status).toBe(403)
    expect(
      (await sendCommand(server.url, session.id, facilitator, { type: 'session.close' })).status,
    ).toBe(200)
    expect((await allow(true)).status).toBe(200)
    expect((await getRecord({ [PARTICIPANT_ID_HEADER]: ann.pid })).status).toBe(200)
    const garbage = await sendCommand(server.url, session.id, facilitator, {
      type: 'record.allowParticipants',
      allowed: 'ja',
    })
    expect(garbage.status).toBe(400)
    expect(garbage.body.error?.code).toBe('invalid-command')
  })
})
