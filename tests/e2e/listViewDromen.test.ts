import { type AreaState, dromenMetBeelden, readSlice, spotKey } from '@reflectiebord/shared'
import { facilitatorAndOne } from './fixtures/facilitatedSession.ts'
import { ARRIVES, listOnlyByKeyboard } from './fixtures/listView.ts'
import type { Person } from './fixtures/Person.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { DromenView } from './pages/DromenView.ts'

const CHOSEN = 'gezin-samen-eten'
const ALT = 'Een moeder, een vader en hun twee kinderen eten samen soep aan de keukentafel.'
const WHY = 'Samen eten verbindt, ook met wie nieuw is'

async function spotOf(person: Person, publicId: string): Promise<AreaState> {
  const control = await person.facilitation.control()
  const game = readSlice(control, dromenMetBeelden)
  const spot = game
    ? control.areas.find((area) => area.key === spotKey(game.instanceId, publicId))
    : undefined
  if (!spot) throw new Error(`no spot for ${publicId}`)
  return spot
}

describe('the list view in Dromen met beelden, with the keyboard only', () => {
  test('a participant without the canvas chooses a picture by its description, says why, and moves it into a cluster', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndOne(cast, server.url, 'Teamdag ontmoeting, Mechelen')
    const { els, anna } = session
    const keys = anna.page.keyboard
    const list = await listOnlyByKeyboard(anna)
    const annaId = await anna.facilitation.myPublicId()

    await session.command({
      type: 'template.load',
      templateId: 'dromen-met-beelden',
      origin: { x: 0, y: 0 },
    })
    await session.command({ type: 'dromen.start' })
    const choice = list.now.getByTestId('list-picture-choice')
    await choice.waitFor({ state: 'visible', timeout: 15_000 })

    // Search by what is on the picture, then choose among the results with the arrow keys.
    await anna.focus.tabTo('list-picture-search')
    await keys.type('soep')
    await expect
      .poll(() => choice.getByTestId('list-picture-count').textContent(), ARRIVES)
      .toBe('2 beelden')
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe(`list-picture-${CHOSEN}`)
    await keys.press('ArrowDown')
    expect(await anna.focus.focusedName()).toBe('list-picture-buurtsoep')
    await keys.press('ArrowUp')
    const radio = choice.getByTestId(`list-picture-${CHOSEN}`)
    expect(await radio.isChecked()).toBe(true)
    // Each choice is described by the picture's alt text, the words it will carry on the board.
    const describedBy = (await radio.getAttribute('aria-describedby')) ?? ''
    expect(await anna.page.locator(`[id="${describedBy}"]`).textContent()).toBe(ALT)

    // Why, then "Op mijn plek zetten".
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-picture-why')
    await keys.type(WHY)
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-picture-place')
    await keys.press('Enter')

    // Els, on the canvas, sees it in Anna's spot, with its description and the why-note.
    const annaSpot = await spotOf(els, annaId)
    const elsView = new DromenView(els.page)
    await expect
      .poll(async () => (await elsView.pictures()).map((p) => [p.src, p.alt, p.why]), ARRIVES)
      .toEqual([[`/pictures/${CHOSEN}.svg`, ALT, WHY]])
    const [placed] = await elsView.pictures()
    expect(placed?.parentType).toBe('group')
    expect(placed && placed.x >= annaSpot.x && placed.x + placed.w <= annaSpot.x + annaSpot.w).toBe(
      true,
    )
    // Anna's list shows it in her spot; the focus is back in the search, for a next picture.
    await expect
      .poll(() => list.texts(list.root.getByTestId('list-zone-spot')), ARRIVES)
      .toEqual([ALT, WHY])
    expect(await anna.focus.focusedName()).toBe('list-picture-search')
    await expect
      .poll(() => list.status.textContent(), ARRIVES)
      .toBe('Beeld “Samen aan tafel” staat op je plek, met je uitleg.')

    // Clustering: Els names a cluster on the canvas; Anna's list shows it in the Clusters zone.
    await session.command({ type: 'phase.set', index: 2 })
    await elsView.clusterNew.click({ timeout: 15_000 })
    await elsView.clusterNameInput.fill('Samen aan tafel', { timeout: 5_000 })
    await elsView.clusterNameInput.press('Enter')
    const clusters = list.zone('clusters')
    await expect
      .poll(async () => (await list.entries(clusters)).map((e) => [e.kind, e.text]), ARRIVES)
      .toEqual([['frame', 'Cluster: Samen aan tafel']])

    // Anna moves her picture there: Tab to "Naar cluster" at her picture, Tab, Enter.
    await anna.focus.tabTo('list-cluster-target')
    expect(await list.root.getByTestId('list-cluster-target').inputValue()).toMatch(/^shape:/)
    await keys.press('Tab')
    expect(await anna.focus.focusedName()).toBe('list-cluster-move')
    await keys.press('Enter')
    // On the canvas the picture (with its note) now sits in the cluster's frame.
    const frameId = (await list.entries(clusters))[0]?.shapeId
    await expect
      .poll(async () => {
        const picture = (await elsView.pictures())[0]
        const records = await elsView.records()
        return records.find((record) => record.id === picture?.parentId)?.parentId
      }, ARRIVES)
      .toBe(frameId)
    // In Anna's list it is under the cluster, and the focus went along with it.
    await expect
      .poll(async () => (await list.entries(clusters)).map((e) => e.text), ARRIVES)
      .toEqual(['Cluster: Samen aan tafel', ALT, WHY])
    await expect.poll(() => anna.focus.focusedName(), ARRIVES).toBe('list-item')
    expect(await list.focusedText()).toContain(ALT)
    expect(await list.status.textContent()).toBe('Beeld verplaatst naar “Samen aan tafel”.')
    expect(anna.pageErrors).toEqual([])
    expect(els.pageErrors).toEqual([])
  })
})
