import { type AreaState, readDreamResult } from '@reflectiebord/shared'
import { type AxeViolation, axeViolations, blocking } from './fixtures/axe.ts'
import type { HookWindow } from './fixtures/boardHook.ts'
import { createFacilitatedSession, waitUntilOnline } from './fixtures/facilitatedSession.ts'
import { ARRIVES, activeZone } from './fixtures/listView.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { defaultStatement } from './fixtures/stoplichtSession.ts'
import { type Cast, describe, expect, test } from './fixtures/test.ts'
import { DromenView } from './pages/DromenView.ts'
import { ListViewPage } from './pages/ListViewPage.ts'

/** A common phone, held upright. */
const PHONE = { viewport: { width: 390, height: 844 }, touch: true }

interface Team {
  command(command: unknown): Promise<void>
  els: Person
  anna: Person
  sara: Person
  annaList: ListViewPage
  saraList: ListViewPage
}

/**
 * Els facilitates on the canvas; Anna reads the list on a laptop (the canvas hidden), Sara on
 * a phone. How they get there is tested elsewhere; here it is what they see.
 */
async function team(cast: Cast, baseUrl: string, title: string): Promise<Team> {
  const session = await createFacilitatedSession(baseUrl, title)
  const els = await cast.enter('Els')
  const anna = await cast.enter('Anna')
  const sara = await cast.enter('Sara', PHONE)
  await els.joinBoard(session.facilitatorLink)
  await anna.joinBoard(session.participantLink)
  await sara.joinBoard(session.participantLink)
  await waitUntilOnline(els, ['Anna', 'Els', 'Sara'])
  const annaList = new ListViewPage(anna.page)
  await annaList.toggle.click({ timeout: 5_000 })
  await annaList.showBoard.uncheck({ timeout: 5_000 })
  const saraList = new ListViewPage(sara.page)
  await saraList.toggle.tap({ timeout: 5_000 })
  await saraList.root.waitFor({ state: 'visible', timeout: 5_000 })
  // On a phone the list takes the canvas's place: there is no room for both.
  expect(await saraList.canvasVisible()).toBe(false)
  expect(await saraList.showBoard.count()).toBe(0)
  return { command: session.command, els, anna, sara, annaList, saraList }
}

/** Notes written on someone's canvas (through their editor), in the middle band of a zone. */
async function writeNotes(person: Person, zone: AreaState, texts: string[]): Promise<void> {
  await person.page.evaluate(
    ({ zone, texts }) => {
      const hook = (globalThis as unknown as HookWindow).__reflectiebord
      if (!hook) throw new Error('no hook')
      const rich = (text: string) => ({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
      })
      hook.editor.createShapes(
        texts.map((text, index) => ({
          id: `shape:${Math.random().toString(36).slice(2)}` as never,
          type: 'note',
          x: zone.x + 24 + (index % 3) * 220,
          y: zone.y + 300 + Math.floor(index / 3) * 220,
          props: { richText: rich(text) },
        })),
      )
    },
    { zone, texts },
  )
}

async function dismissPrivacy(people: Person[]): Promise<void> {
  for (const person of people) {
    const ok = person.page.getByTestId('casus-privacy-ok')
    await ok.waitFor({ state: 'visible', timeout: 15_000 })
    await ok.focus()
    await person.page.keyboard.press('Enter')
    await ok.waitFor({ state: 'hidden', timeout: 5_000 })
  }
}

/** Screenshots of the list: its top, and (scrolled) the zones further down. */
async function shoot(list: ListViewPage, name: string, scrollTo?: string): Promise<void> {
  await list.root.evaluate((element) => {
    ;(element as unknown as { scrollTop: number }).scrollTop = 0
  })
  await list.page.screenshot({ path: resultPath(`list-view/${name}.png`), timeout: 10_000 })
  if (!scrollTo) return
  await list.root.getByTestId(scrollTo).first().scrollIntoViewIfNeeded({ timeout: 5_000 })
  await list.page.screenshot({ path: resultPath(`list-view/${name}-zones.png`), timeout: 10_000 })
}

async function expectAccessible(person: Person, label: string): Promise<AxeViolation[]> {
  const violations = await axeViolations(person.page, 'list-view')
  expect(blocking(violations), `${label}: ${JSON.stringify(violations, null, 1)}`).toEqual([])
  return violations
}

describe('how the list view looks and reads', () => {
  test('the stoplicht game: a round to vote on, a revealed result, the results so far', async ({
    cast,
    server,
  }) => {
    const { command, els, anna, sara, annaList, saraList } = await team(
      cast,
      server.url,
      'Teamoverleg Huis van het Kind Mechelen',
    )
    await command({ type: 'template.load', templateId: 'stoplichtspel', origin: { x: 0, y: 0 } })
    await command({
      type: 'stoplicht.setup',
      statements: ['houding-inspraak', 'toegang-uren', 'evaluatie-na-elk'].map(defaultStatement),
    })
    await command({ type: 'phase.set', index: 1 })
    await command({ type: 'stoplicht.open', statementId: 'houding-inspraak' })
    await annaList.now.getByTestId('vote-card-groen').click({ timeout: 15_000 })
    await saraList.now.getByTestId('vote-card-oranje').tap({ timeout: 15_000 })
    await expect
      .poll(() => saraList.now.getByTestId('list-vote-status').getAttribute('data-vote'), ARRIVES)
      .toBe('oranje')
    await command({ type: 'stoplicht.reveal' })
    await annaList.now
      .getByTestId('list-vote-result')
      .waitFor({ state: 'visible', timeout: 15_000 })
    await shoot(annaList, 'stoplicht-revealed-laptop')
    await command({ type: 'stoplicht.open', statementId: 'toegang-uren' })
    await annaList.now.getByTestId('vote-card-rood').click({ timeout: 15_000 })
    await writeNotes(els, await activeZone(els, 'meenemen'), [
      'Ouders mee laten beslissen over de agenda',
    ])
    await expect.poll(() => annaList.texts(annaList.zone('meenemen')), ARRIVES).toHaveLength(1)
    await shoot(annaList, 'stoplicht-laptop', 'list-vote-results')
    await shoot(saraList, 'stoplicht-phone', 'list-vote-results')
    await expectAccessible(anna, 'stoplicht, laptop')
    await expectAccessible(sara, 'stoplicht, phone')

    // Beside the canvas: the list on the left, the board on the right.
    await annaList.showBoard.check({ timeout: 5_000 })
    await anna.board.waitUntilReady()
    await shoot(annaList, 'stoplicht-beside-laptop')
    await expectAccessible(anna, 'stoplicht, beside the canvas')

    // A facilitator may use it too: the panel, the list and the board side by side.
    const elsList = new ListViewPage(els.page)
    await elsList.toggle.click({ timeout: 5_000 })
    await els.panel.open()
    await elsList.root.waitFor({ state: 'visible', timeout: 5_000 })
    expect(await elsList.canvasVisible()).toBe(true)
    await shoot(elsList, 'stoplicht-facilitator-laptop')
    for (const person of [els, anna, sara]) expect(person.pageErrors, person.name).toEqual([])
  })

  test('Dromen met beelden: choosing a picture, the spots, a cluster', async ({ cast, server }) => {
    const { command, els, anna, sara, annaList, saraList } = await team(
      cast,
      server.url,
      'Teamdag ontmoeting, Mechelen',
    )
    await command({
      type: 'template.load',
      templateId: 'dromen-met-beelden',
      origin: { x: 0, y: 0 },
    })
    await command({ type: 'dromen.start' })
    // Anna and Sara choose from the list; Els places hers on the canvas.
    for (const [list, query, pictureId, why] of [
      [annaList, 'soep', 'gezin-samen-eten', 'Samen eten verbindt'],
      [saraList, 'park', null, 'Buiten spelen, iedereen welkom'],
    ] as const) {
      const choice = list.now.getByTestId('list-picture-choice')
      await choice.getByTestId('list-picture-search').fill(query, { timeout: 15_000 })
      const radio = pictureId
        ? choice.getByTestId(`list-picture-${pictureId}`)
        : choice.locator('input[type="radio"]').first()
      await radio.check({ timeout: 5_000 })
      await choice.getByTestId('list-picture-why').fill(why, { timeout: 5_000 })
      await choice.getByTestId('list-picture-place').click({ timeout: 5_000 })
    }
    const elsView = new DromenView(els.page)
    await elsView.goToMySpot.click({ timeout: 5_000 })
    await elsView.placeFromLibrary('taal', 'taalcafe')
    await elsView.writeInEditedNote('Praten maakt vrienden')
    await expect.poll(async () => (await elsView.pictures()).length, ARRIVES).toBe(3)
    await annaList.now.getByTestId('list-picture-search').fill('', { timeout: 5_000 })
    await shoot(annaList, 'dromen-choose-laptop', 'list-zone-persoonlijke-plekken')
    await shoot(saraList, 'dromen-choose-phone', 'list-zone-persoonlijke-plekken')
    await expectAccessible(anna, 'dromen choosing, laptop')
    await expectAccessible(sara, 'dromen choosing, phone')

    await command({ type: 'phase.set', index: 2 })
    await elsView.clusterNew.click({ timeout: 15_000 })
    await elsView.clusterNameInput.fill('Samen aan tafel', { timeout: 5_000 })
    await elsView.clusterNameInput.press('Enter')
    await annaList.root.getByTestId('list-cluster-move').first().click({ timeout: 15_000 })
    await expect.poll(() => annaList.texts(annaList.zone('clusters')), ARRIVES).toHaveLength(3)
    await shoot(annaList, 'dromen-cluster-laptop', 'list-zone-clusters')
    await shoot(saraList, 'dromen-cluster-phone', 'list-zone-clusters')
    await expectAccessible(anna, 'dromen clustering, laptop')
    await expectAccessible(sara, 'dromen clustering, phone')

    // The vision: Anna writes a statement from the list and links it to the cluster.
    await command({ type: 'phase.set', index: 3 })
    const vision = annaList.now.getByTestId('list-vision-form')
    await vision.getByRole('textbox').fill('Bij ons schuift iedereen aan', { timeout: 15_000 })
    await vision.getByRole('checkbox', { name: 'Samen aan tafel' }).check({ timeout: 5_000 })
    await vision.getByRole('button', { name: 'Visiezin toevoegen' }).click({ timeout: 5_000 })
    await expect
      .poll(async () => {
        const result = readDreamResult(await elsView.records())
        return result.vision.map((v) => [v.text, v.clusterIds.length])
      }, ARRIVES)
      .toEqual([['Bij ons schuift iedereen aan', 1]])
    await expect
      .poll(() => annaList.texts(annaList.zone('gedeelde-visie')), ARRIVES)
      .toEqual(['Bij ons schuift iedereen aan'])
    await shoot(annaList, 'dromen-vision-laptop', 'list-zone-gedeelde-visie')
    await expectAccessible(anna, 'dromen vision, laptop')
    for (const person of [els, anna, sara]) expect(person.pageErrors, person.name).toEqual([])
  })

  test('a case discussion: the case, the rule of the step, notes per zone', async ({
    cast,
    server,
  }) => {
    const { command, els, anna, sara, annaList, saraList } = await team(
      cast,
      server.url,
      'Intervisie consultatiebureau Gent',
    )
    await command({
      type: 'template.load',
      templateId: 'casusbespreking-kort',
      origin: { x: 0, y: 0 },
    })
    await dismissPrivacy([els, anna, sara])
    await command({ type: 'case.bringer', publicId: await sara.facilitation.myPublicId() })
    await command({ type: 'case.example', exampleId: 'stille-wachtruimte' })
    await writeNotes(els, await activeZone(els, 'casus'), [
      'Een moeder komt al weken, maar zegt bijna niets.',
    ])
    await command({ type: 'phase.set', index: 1 })
    const form = annaList.now.getByTestId('list-now-write')
    for (const question of [
      'Wat heeft de moeder zelf gevraagd?',
      'Wie zit er mee in de wachtzaal?',
    ]) {
      await form.getByTestId('list-add-text').fill(question, { timeout: 15_000 })
      await form.getByTestId('list-add-submit').click({ timeout: 5_000 })
    }
    await writeNotes(els, await activeZone(els, 'vragen'), ['Hoe lang wacht ze gemiddeld?'])
    await expect.poll(() => saraList.texts(saraList.zone('vragen')), ARRIVES).toHaveLength(3)
    await shoot(annaList, 'casus-laptop', 'list-zone-vragen')
    await shoot(saraList, 'casus-phone', 'list-zone-vragen')
    await expectAccessible(anna, 'casus, laptop')
    await expectAccessible(sara, 'casus, phone')

    // English, for those who read it better.
    await anna.page.getByTestId('language-switch').selectOption('en', { timeout: 5_000 })
    await expect
      .poll(() => annaList.root.locator('h2').first().textContent(), ARRIVES)
      .toBe('List view')
    await shoot(annaList, 'casus-laptop-en')
    for (const person of [els, anna, sara]) expect(person.pageErrors, person.name).toEqual([])
  })
})
