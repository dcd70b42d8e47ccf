import sharp from 'sharp'
import { createSession } from '../support/sessions.ts'
import type { HookWindow } from './fixtures/boardHook.ts'
import { describe, expect, test } from './fixtures/test.ts'

describe('a photo dropped or pasted on the board', () => {
  test('is uploaded to our server and the board keeps only its URL, for everyone', async ({
    cast,
    server,
  }) => {
    const session = await createSession(server.url, 'Foto’s')
    const link = `${server.url}/s/${session.id}`
    const anna = await cast.enter('Anna')
    const bram = await cast.enter('Bram')
    await anna.joinBoard(link)
    await bram.joinBoard(link)

    const photo = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#2a6f97' },
    })
      .jpeg()
      .withExif({ IFD0: { Make: 'GeheimeCamera' } })
      .toBuffer()
    // The same path a drop or a paste takes: tldraw's external content handling.
    await anna.page.evaluate(async (base64) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('window.__reflectiebord is missing')
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const file = new File([bytes], 'vakantie.jpg', { type: 'image/jpeg' })
      await hook.editor.putExternalContent({
        type: 'files',
        files: [file],
        point: { x: 200, y: 200 },
      })
    }, photo.toString('base64'))

    const assetSources = (person: typeof anna) =>
      person.page.evaluate(() => {
        const hook = (globalThis as unknown as HookWindow).__reflectiebord
        if (!hook) throw new Error('window.__reflectiebord is missing')
        return hook.editor.store
          .allRecords()
          .filter((record) => record.typeName === 'asset')
          .map((record) => String((record as { props: { src?: unknown } }).props.src))
      })
    const uploaded = new RegExp(`^/api/sessions/${session.id}/assets/[0-9a-f]{64}\\.webp$`)
    await expect
      .poll(() => assetSources(anna), { timeout: 15_000 })
      .toEqual([expect.stringMatching(uploaded)])
    await expect
      .poll(() => assetSources(bram), { timeout: 15_000 })
      .toEqual(await assetSources(anna))

    const [src] = await assetSources(bram)
    const res = await fetch(`${server.url}${src}`)
    expect(res.status).toBe(200)
    const stored = Buffer.from(await res.arrayBuffer())
    expect(stored.toString('latin1')).not.toContain('GeheimeCamera')
  })
})
