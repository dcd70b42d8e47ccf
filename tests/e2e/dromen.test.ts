import {
  type AreaState,
  dromenMetBeelden,
  getTemplate,
  readDreamResult,
  readSlice,
  spotKey,
} from '@reflectiebord/shared'
import sharp from 'sharp'
import type { HookWindow } from './fixtures/boardHook.ts'
import { facilitatorAndTwo } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { waitForStillCamera } from './fixtures/stillCamera.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { DromenView } from './pages/DromenView.ts'

/** A small photo, as a phone would send it: a JPEG with a few shapes on a warm background. */
async function photo(hue: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="480" fill="${hue}"/>
    <circle cx="220" cy="220" r="90" fill="#f6d7b0"/><circle cx="420" cy="240" r="80" fill="#8d5524"/>
    <rect x="120" y="330" width="400" height="120" rx="30" fill="#2f4858"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

function foreignUrls(urls: readonly string[], origin: string): string[] {
  const own = new URL(origin)
  return urls.filter((raw) => {
    const url = new URL(raw)
    if (url.protocol === 'data:' || url.protocol === 'blob:') return false
    const scheme =
      url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol
    return !(scheme === own.protocol && url.host === own.host)
  })
}

async function spotOf(person: Person, publicId: string): Promise<AreaState> {
  const control = await person.facilitation.control()
  const game = readSlice(control, dromenMetBeelden)
  if (!game) throw new Error('no dromen game')
  const spot = control.areas.find((area) => area.key === spotKey(game.instanceId, publicId))
  if (!spot) throw new Error(`no spot for ${publicId}`)
  return spot
}

describe('Dromen met beelden', () => {
  test('pictures in own spots, a spotlight, a named cluster and a linked vision statement', async ({
    cast,
    server,
  }) => {
    const template = getTemplate('dromen-met-beelden')
    if (!template) throw new Error('the dromen-met-beelden template is missing')
    const session = await facilitatorAndTwo(cast, server.url, 'Teamdag ontmoeting, Mechelen')
    const { els, anna, bram, everyone } = session
    const views = new Map(everyone.map((person) => [person, new DromenView(person.page)]))
    const view = (person: Person) => views.get(person) as DromenView
    const ids = new Map<Person, string>()
    for (const person of everyone) ids.set(person, await person.facilitation.myPublicId())

    // The facilitator loads the template and gives everyone a spot.
    await els.panel.loadTemplate('dromen-met-beelden')
    for (const person of everyone) {
      await expect
        .poll(() => person.facilitation.zones(), { timeout: 15_000 })
        .toHaveLength(template.areas.length)
    }
    await view(els).start.click({ timeout: 5_000 })
    for (const person of everyone) {
      await expect
        .poll(async () => (await person.facilitation.zones()).length, { timeout: 15_000 })
        .toBe(template.areas.length + 3)
      await view(person).mySpotMarker.waitFor({ state: 'visible', timeout: 10_000 })
      expect(await view(person).mySpotMarker.textContent()).toContain('Jouw plek')
    }

    // Everyone places a library picture and an own photo, each with a why-note.
    const choices: Array<[Person, string, string, string, string]> = [
      [anna, 'tafel', 'gezin-samen-eten', 'Samen eten verbindt', '#d9822b'],
      [bram, 'soep', 'buurtsoep', 'Iedereen schuift aan', '#4f8a8b'],
      [els, 'taal', 'taalcafe', 'Praten maakt vrienden', '#8e7cc3'],
    ]
    for (const [index, [person, query, pictureId, why, hue]] of choices.entries()) {
      const dromen = view(person)
      await dromen.goToMySpot.click({ timeout: 5_000 })
      await dromen.placeFromLibrary(query, pictureId)
      await dromen.writeInEditedNote(why)
      expect(person.pageErrors, person.name).toEqual([])
      await expect
        .poll(async () => (await dromen.pictures()).length, { timeout: 5_000 })
        .toBe(index * 2 + 1)
      if (person === anna) {
        await waitForStillCamera(anna)
        await anna.page.screenshot({ path: resultPath('dromen-library-nl.png') })
      }
      await dromen.libraryToggle.click({ timeout: 5_000 })
      await dromen.ownPhotoInput.setInputFiles({
        name: 'foto.jpg',
        mimeType: 'image/jpeg',
        buffer: await photo(hue),
      })
      await expect
        .poll(async () => (await dromen.pictures()).length, { timeout: 15_000 })
        .toBe(index * 2 + 2)
      await dromen.writeInEditedNote(`Mijn foto: ${why.toLowerCase()}`)
    }

    // A refused upload is explained in Dutch.
    await view(anna).ownPhotoInput.setInputFiles({
      name: 'notities.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('geen foto'),
    })
    await view(anna).ownPhotoError.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await view(anna).ownPhotoError.textContent()).toContain('geen foto of afbeelding')

    // Everyone sees all six, each in its owner's spot, with its why-note, grouped.
    for (const person of everyone) {
      await expect
        .poll(async () => (await view(person).pictures()).length, { timeout: 15_000 })
        .toBe(6)
    }
    const pictures = await view(els).pictures()
    for (const [person, , pictureId, why] of choices) {
      const spot = await spotOf(els, ids.get(person) as string)
      const mine = pictures.filter(
        (p) => p.x >= spot.x && p.x + p.w <= spot.x + spot.w && p.y >= spot.y,
      )
      expect(mine, person.name).toHaveLength(2)
      const library = mine.find((p) => p.src === `/pictures/${pictureId}.svg`)
      expect(library?.why).toBe(why)
      expect(library?.alt.length).toBeGreaterThan(10)
      // The first picture sits inside the spot, below its title.
      expect(library ? library.y + library.h : 0).toBeLessThanOrEqual(spot.y + spot.h)
      const own = mine.find((p) => p.src?.startsWith(`/api/sessions/${session.session.id}/assets/`))
      expect(own?.why).toBe(`Mijn foto: ${why.toLowerCase()}`)
      expect(own?.alt).toBe(`Eigen foto van ${person.name}`)
      for (const picture of mine) expect(picture.parentType).toBe('group')
    }
    // Nothing inlined: the board holds addresses, never picture bytes.
    const assets = (await view(els).records()).filter((r) => r.typeName === 'asset')
    expect(assets.length).toBeGreaterThanOrEqual(6)
    for (const asset of assets) expect(String(asset.props?.src)).not.toMatch(/^data:/)

    // Show and tell: Els puts Bram's spot in the spotlight; Anna's view goes there.
    await session.command({ type: 'phase.set', index: 1 })
    await anna.page.keyboard.press('Escape')
    await els.panel.open()
    await view(els)
      .spotlight(ids.get(bram) as string)
      .click({ timeout: 5_000 })
    const bramSpot = await spotOf(anna, ids.get(bram) as string)
    for (const person of [anna, bram]) {
      await expect
        .poll(
          async () => {
            const center = await view(person).viewCenter()
            return center.x >= bramSpot.x && center.x <= bramSpot.x + bramSpot.w
          },
          { timeout: 10_000 },
        )
        .toBe(true)
      await view(person).spotlightNotice.waitFor({ state: 'visible', timeout: 5_000 })
    }
    expect(await view(anna).spotlightNotice.textContent()).toContain('Bram')

    // Clustering: Anna names a cluster and moves her pictures into it; Bram adds one of his.
    await session.command({ type: 'phase.set', index: 2 })
    await view(anna).clusterNew.click({ timeout: 10_000 })
    await view(anna).clusterNameInput.fill('Samen aan tafel', { timeout: 5_000 })
    await view(anna).clusterNameInput.press('Enter')
    let frameId = ''
    await expect
      .poll(
        async () => {
          const records = await view(bram).records()
          const frame = records.find((r) => r.type === 'frame' && r.meta?.cluster === true)
          frameId = frame?.id ?? ''
          return frame?.props?.name
        },
        { timeout: 15_000 },
      )
      .toBe('Samen aan tafel')
    const clustersZone = (await anna.facilitation.control()).areas.find(
      (area) => area.areaId === 'clusters',
    ) as AreaState
    const frame = (await view(anna).records()).find((r) => r.id === frameId)
    // The cluster is made inside the Clusters zone.
    expect(frame?.x ?? -1).toBeGreaterThanOrEqual(clustersZone.x)
    expect(frame?.y ?? -1).toBeGreaterThanOrEqual(clustersZone.y)

    for (const person of [anna, bram]) {
      const dromen = view(person)
      const spot = await spotOf(person, ids.get(person) as string)
      const mine = (await dromen.pictures()).filter(
        (p) => p.x >= spot.x && p.x + p.w <= spot.x + spot.w && p.y >= spot.y,
      )
      const toMove = person === anna ? mine : mine.filter((p) => p.src?.startsWith('/pictures/'))
      for (const picture of toMove) {
        await dromen.goToMySpot.click({ timeout: 5_000 })
        await waitForStillCamera(person)
        await dromen.clickShape(picture.id)
        await dromen.clusterMove.click({ timeout: 5_000 })
        await expect
          .poll(
            async () => {
              const now = (await dromen.pictures()).find((p) => p.id === picture.id)
              return now
                ? (await dromen.records()).find((r) => r.id === now.parentId)?.parentId
                : null
            },
            { timeout: 10_000 },
          )
          .toBe(frameId)
      }
    }

    // Vision: Els writes a statement and links it to the cluster.
    await session.command({ type: 'phase.set', index: 3 })
    await view(els).visionNew.click({ timeout: 10_000 })
    await view(els).writeInEditedNote('Bij ons voelt elke ouder zich welkom aan tafel')
    await view(els).visionLink(frameId).check({ timeout: 5_000 })
    await expect
      .poll(
        async () => {
          const result = readDreamResult(await view(anna).records())
          return result.vision.map((v) => ({ text: v.text, clusterIds: v.clusterIds }))
        },
        { timeout: 15_000 },
      )
      .toEqual([{ text: 'Bij ons voelt elke ouder zich welkom aan tafel', clusterIds: [frameId] }])

    // The result: the cluster with its pictures and why-notes, and the linked statement.
    const result = readDreamResult(await view(els).records())
    expect(result.clusters).toHaveLength(1)
    expect(result.clusters[0]?.name).toBe('Samen aan tafel')
    expect(result.clusters[0]?.pictures.map((p) => p.why).sort()).toEqual(
      ['Iedereen schuift aan', 'Mijn foto: samen eten verbindt', 'Samen eten verbindt'].sort(),
    )
    await view(els).resultToggle.click({ timeout: 5_000 })
    const shown = (await view(els).result.textContent()) ?? ''
    expect(shown).toContain('Samen aan tafel')
    expect(shown).toContain('Samen eten verbindt')
    expect(shown).toContain('Eigen foto van Anna')
    expect(shown).toContain('Bij ons voelt elke ouder zich welkom aan tafel')
    expect(shown).toMatch(/Uit:\s*Samen aan tafel/)

    // The final board, as the facilitator shows it.
    await els.page.keyboard.press('Escape')
    await els.page.evaluate(() => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) return
      hook.editor.selectNone()
      hook.editor.zoomToFit()
    })
    await waitForStillCamera(els)
    await els.page.screenshot({ path: resultPath('dromen-board-nl.png') })

    for (const person of everyone) {
      expect(foreignUrls(person.requestedUrls, server.url), person.name).toEqual([])
      expect(person.requestedUrls.length, person.name).toBeGreaterThan(0)
      expect(person.pageErrors, person.name).toEqual([])
    }
  })
})
