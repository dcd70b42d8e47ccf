import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  BOARD_RECORDS_MAP,
  type CreatedSession,
  FACILITATOR_KEY_HEADER,
  localDateTime,
  PARTICIPANT_ID_HEADER,
  SessionDocument,
  SessionRecordSchema,
} from '@reflectiebord/shared'
import * as v from 'valibot'
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

const FORMATS = ['md', 'pdf', 'json'] as const

const getRecord = (headers: Record<string, string>, lang = 'nl', format = 'md') =>
  fetch(`${server.url}/api/sessions/${session.id}/record.${format}?lang=${lang}`, { headers })

const asFacilitator = () => ({
  [FACILITATOR_KEY_HEADER]: session.facilitatorKey,
  [PARTICIPANT_ID_HEADER]: facilitator.pid,
})

/** The text layer of a PDF, as poppler's pdftotext reads it (what search and copy see). */
const pdfText = (pdf: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString()

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

  it('is theirs to read only while a facilitator allows it, in every form', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    const ann = person('Ann')
    await Promise.all([waitForSynced(watcher), waitForSynced(pool.join(ann))])
    const asAnn = (format = 'md') => getRecord({ [PARTICIPANT_ID_HEADER]: ann.pid }, 'nl', format)

    for (const format of FORMATS) {
      const before = await asAnn(format)
      expect(before.status, format).toBe(403)
      expect(await codeOf(before)).toBe('record-not-shared')
    }

    expect((await allow(true)).status).toBe(200)
    await waitFor(
      () => controlOf(watcher).settings.participantsMayReadRecord,
      'everyone to see that participants may read the record',
    )
    const allowed = await asAnn()
    expect(allowed.status).toBe(200)
    expect(await allowed.text()).toContain('# Verslag: Intervisie Gent')
    const pdf = await asAnn('pdf')
    expect(pdf.status).toBe(200)
    expect(pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Verslag: Intervisie Gent')
    const json = await asAnn('json')
    expect(json.status).toBe(200)
    expect(v.parse(SessionRecordSchema, await json.json()).title).toBe('Intervisie Gent')

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
    for (const format of FORMATS) {
      const after = await asAnn(format)
      expect(after.status, format).toBe(403)
      expect(await codeOf(after)).toBe('record-not-shared')
    }
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

describe('the session record as PDF and as structured content', () => {
  it('prints every picture it can and the description of those it cannot', async () => {
    const watcher = pool.join(facilitator, SessionDocument.Control)
    await waitForSynced(watcher)
    const load = await sendCommand(server.url, session.id, facilitator, {
      type: 'template.load',
      templateId: 'dromen-met-beelden',
      origin: { x: 0, y: 0 },
    })
    expect(load.status).toBe(200)
    await waitFor(() => controlOf(watcher).areas.length > 0, 'the zones')

    // A broken photo on disk, one from another session, one of no library picture.
    const broken = `${'b'.repeat(64)}.webp`
    mkdirSync(join(server.dataDir, 'assets', session.id), { recursive: true })
    writeFileSync(join(server.dataDir, 'assets', session.id, broken), 'geen foto')
    const sources = {
      'Kapotte foto van één reünie': `/api/sessions/${session.id}/assets/${broken}`,
      'Foto uit een andere sessie': `/api/sessions/${'Z'.repeat(24)}/assets/${'c'.repeat(64)}.webp`,
      'Prent die niet bestaat': '/pictures/bestaat-niet.svg',
    }
    const board = pool.join(person('Ann'))
    await waitForSynced(board)
    const records = board.doc.getMap(BOARD_RECORDS_MAP)
    Object.entries(sources).forEach(([alt, src], index) => {
      records.set(`asset:${index}`, {
        id: `asset:${index}`,
        typeName: 'asset',
        type: 'image',
        props: { src, w: 400, h: 300, name: alt, isAnimated: false, mimeType: null },
        meta: {},
      })
      records.set(`shape:picture${index}`, {
        id: `shape:picture${index}`,
        typeName: 'shape',
        type: 'image',
        parentId: 'page:page',
        x: index * 500,
        y: 0,
        rotation: 0,
        props: { assetId: `asset:${index}`, altText: alt, w: 400, h: 300 },
        meta: { dream: true },
      })
    })
    await roundTrip(board)

    const res = await getRecord(asFacilitator(), 'nl', 'pdf')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const date = localDateTime(session.createdAt).date
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Verslag Intervisie Gent ${date}.pdf`)}`,
    )
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = pdfText(pdf).replace(/\s+/g, ' ')
    expect(text).toContain('Verslag: Intervisie Gent')
    // The same facts as the Markdown and the page: when, how long, who, until when.
    expect(text).toMatch(/Datum: \w+ \d{1,2} \w+ \d{4}, van \d{1,2}\.\d{2} tot \d{1,2}\.\d{2} uur/)
    expect(text).toMatch(/Duur: \d+ min samen in de sessie/)
    expect(text).toContain('Deelnemers: Ann, Els')
    expect(text).toMatch(
      /Bewaard tot: \d{1,2} \w+ \d{4} \(90 dagen na de laatste activiteit; daarna verwijdert de server de sessie\)/,
    )
    for (const alt of Object.keys(sources)) {
      expect(text).toContain(`${alt} (de afbeelding zelf is niet beschikbaar)`)
    }

    // The same record as structured content, for the record page.
    const json = await getRecord(asFacilitator(), 'en', 'json')
    expect(json.status).toBe(200)
    expect(json.headers.get('cache-control')).toBe('no-store')
    const record = v.parse(SessionRecordSchema, await json.json())
    expect(record.language).toBe('en')
    expect(record.durationMinutes).toEqual(expect.any(Number))
    expect(record.period).not.toBeNull()
    expect(record.retentionDays).toBe(90)
    expect(record.keptUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const pictures = record.sections.flatMap((section) =>
      section.blocks.filter((block) => block.kind === 'picture'),
    )
    expect(pictures.map((picture) => picture.alt).sort()).toEqual(Object.keys(sources).sort())
  })

  it('refuses bad requests on every form with a clear error', async () => {
    const ann = person('Ann')
    await waitForSynced(pool.join(ann))
    for (const format of FORMATS) {
      const refusals: Array<[Response, number, string]> = [
        [
          await getRecord({ [PARTICIPANT_ID_HEADER]: ann.pid }, 'nl', format),
          403,
          'record-not-shared',
        ],
        [await getRecord({}, 'nl', format), 403, 'not-in-session'],
        [
          await getRecord(
            { [FACILITATOR_KEY_HEADER]: 'x'.repeat(43), [PARTICIPANT_ID_HEADER]: ann.pid },
            'nl',
            format,
          ),
          403,
          'not-facilitator',
        ],
        [await getRecord(asFacilitator(), 'fr', format), 400, 'invalid-lang'],
        [await getRecord(asFacilitator(), '', format), 400, 'invalid-lang'],
        [
          await fetch(`${server.url}/api/sessions/${'A'.repeat(24)}/record.${format}`, {
            headers: asFacilitator(),
          }),
          404,
          'session-not-found',
        ],
        [
          await fetch(`${server.url}/api/sessions/kort/record.${format}`, {
            headers: asFacilitator(),
          }),
          404,
          'session-not-found',
        ],
        [
          await fetch(`${server.url}/api/sessions/${session.id}/record.${format}`, {
            method: 'POST',
            headers: { ...asFacilitator(), 'content-type': 'application/json' },
            body: '{}',
          }),
          405,
          'method-not-allowed',
        ],
      ]
      for (const [res, status, code] of refusals) {
        expect(res.status, `${format} ${code}`).toBe(status)
        expect(res.headers.get('content-type')).toContain('application/json')
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code)
      }
    }
    // Without a language: Dutch.
    const plain = await fetch(`${server.url}/api/sessions/${session.id}/record.json`, {
      headers: asFacilitator(),
    })
    expect(((await plain.json()) as { language: string }).language).toBe('nl')
  })
})
