import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { type CreatedSession, PARTICIPANT_ID_HEADER } from '@reflectiebord/shared'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectAs, person, type TestPerson } from '../support/control.ts'
import {
  discardTestServers,
  type ServerProcess,
  startServerProcess,
} from '../support/serverProcess.ts'
import { createSession } from '../support/sessions.ts'
import { type StockClient, waitForSynced } from '../support/stockClient.ts'

const MAX_UPLOAD_BYTES = 2 * 1024 * 1024

let server: ServerProcess
let session: CreatedSession
let other: CreatedSession
let ann: TestPerson
let annBoard: StockClient

async function upload(
  body: Uint8Array,
  who: TestPerson = ann,
  sessionId = session.id,
  type = 'image/jpeg',
) {
  const res = await fetch(`${server.url}/api/sessions/${sessionId}/assets`, {
    method: 'POST',
    headers: { 'content-type': type, [PARTICIPANT_ID_HEADER]: who.pid },
    body,
  })
  return {
    status: res.status,
    body: (await res.json()) as { src?: string; error?: { code: string; message: string } },
  }
}

/** A photo as a phone makes it: EXIF with the camera and where it was taken. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({
    create: { width: 3000, height: 2000, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: 'GeheimeCamera', Model: 'Model-XYZ', Copyright: 'Familie Janssens' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '51/1 3/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '3/1 43/1 0/1',
      },
    })
    .toBuffer()
}

/** A PNG whose header claims 40000×40000 pixels: small on disk, enormous when decoded. */
function pixelBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(40_000, 0)
  header.writeUInt32BE(40_000, 4)
  header.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function leftoverUploads(): string[] {
  const root = join(server.dataDir, 'assets')
  try {
    return readdirSync(root, { recursive: true })
      .map(String)
      .filter((name) => name.includes('.upload-'))
  } catch {
    return []
  }
}

beforeAll(async () => {
  server = await startServerProcess({ env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD_BYTES) } })
  session = await createSession(server.url, 'Dromen met beelden')
  other = await createSession(server.url, 'Andere sessie')
  ann = person('Ann')
  annBoard = connectAs(server.wsUrl, session.id, ann)
  await waitForSynced(annBoard)
})

afterAll(async () => {
  try {
    annBoard?.destroy()
  } finally {
    await discardTestServers()
  }
})

describe('uploading a photo', () => {
  it('stores a resized WebP without any of the original metadata', async () => {
    const original = await photoWithGps()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const result = await upload(original)
    expect(result.status).toBe(201)
    const src = result.body.src ?? ''
    expect(src).toMatch(new RegExp(`^/api/sessions/${session.id}/assets/[0-9a-f]{64}\\.webp$`))

    const stored = readFileSync(
      join(server.dataDir, 'assets', session.id, src.split('/').at(-1) ?? ''),
    )
    const meta = await sharp(stored).metadata()
    expect(meta.format).toBe('webp')
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(2000)
    expect(meta.exif).toBeUndefined()
    expect(meta.xmp).toBeUndefined()
    for (const secret of ['GeheimeCamera', 'Model-XYZ', 'Janssens', 'GPS']) {
      expect(stored.toString('latin1')).not.toContain(secret)
    }
  })

  it('recognises a picture by its content, whatever it claims to be', async () => {
    const png = await sharp({
      create: { width: 40, height: 30, channels: 4, background: '#3366aa' },
    })
      .png()
      .toBuffer()
    const result = await upload(png, ann, session.id, 'image/jpeg')
    expect(result.status).toBe(201)
  })

  it('serves a stored picture to the session with safe headers, and to nobody else', async () => {
    const png = await sharp({
      create: { width: 50, height: 50, channels: 3, background: '#00aa00' },
    })
      .png()
      .toBuffer()
    const src = (await upload(png)).body.src ?? ''
    const res = await fetch(`${server.url}${src}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/webp')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    // The same file name under another session, or a session that does not exist: nothing.
    expect((await fetch(`${server.url}${src.replace(session.id, other.id)}`)).status).toBe(404)
    expect(
      (await fetch(`${server.url}${src.replace(session.id, 'AAAAAAAAAAAAAAAAAAAAAAAA')}`)).status,
    ).toBe(404)
    expect(
      (
        await fetch(
          `${server.url}/api/sessions/${session.id}/assets/..%2F..%2Freflectiebord.sqlite`,
        )
      ).status,
    ).toBe(404)
  })
})

describe('refusing what is not a usable picture', () => {
  it.each([
    ['zero bytes', () => Buffer.alloc(0), 400, 'empty'],
    [
      'a text file that calls itself a JPEG',
      () => Buffer.from('Dit is geen foto maar tekst.\n'.repeat(50)),
      400,
      'not-an-image',
    ],
    [
      'an HTML page that calls itself an image',
      () => Buffer.from('<html><script>alert(1)</script></html>'),
      400,
      'not-an-image',
    ],
    [
      'a GIF',
      () =>
        Buffer.from(
          'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;',
          'latin1',
        ),
      415,
      'unsupported-format',
    ],
    ['a decompression bomb of 40000×40000 pixels', pixelBomb, 400, 'too-many-pixels'],
  ])('refuses %s with a clear Dutch message', async (_what, make, status, code) => {
    const result = await upload(make())
    expect(result.status).toBe(status)
    expect(result.body.error?.code).toBe(code)
    expect(result.body.error?.message).toMatch(/[a-z]{3,}/)
    expect(leftoverUploads()).toEqual([])
  })

  it('refuses a JPEG that was cut off halfway', async () => {
    const whole = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#884422' },
    })
      .jpeg()
      .toBuffer()
    const result = await upload(whole.subarray(0, Math.floor(whole.length / 2)))
    expect(result.status).toBe(400)
    expect(result.body.error?.code).toBe('corrupt')
  })

  it('refuses a file over the size limit without reading all of it', async () => {
    const result = await upload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 7))
    expect(result.status).toBe(413)
  })

  it('refuses an upload from someone who was never in the session', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    expect((await upload(png, person('Buitenstaander'))).status).toBe(403)
    expect((await upload(png, ann, other.id)).status).toBe(403)
  })

  it('keeps the server up and serving after all of that', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    expect(leftoverUploads()).toEqual([])
  })
})
