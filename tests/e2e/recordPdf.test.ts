import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { type ControlState, localDateTime, readSlice, stoplichtspel } from '@reflectiebord/shared'
import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { facilitatorAndTwo } from './fixtures/facilitatedSession.ts'
import type { Person } from './fixtures/Person.ts'
import { resultPath } from './fixtures/paths.ts'
import { waitForStillCamera } from './fixtures/stillCamera.ts'
import {
  boxOf,
  castVote,
  expectNoPageErrors,
  waitForVoteCount,
} from './fixtures/stoplichtSession.ts'
import { describe, expect, test } from './fixtures/test.ts'
import { CasusView } from './pages/CasusView.ts'
import { DromenView } from './pages/DromenView.ts'

/** Waits for what arrives through session control. */
const ARRIVES = { timeout: 15_000 }

const TITLE = 'Intervisie reünie één coöperatie'
const STATEMENT =
  'Eén keer per jaar houden we een reünie met de ouders, in coöperatie met de buurt.'
const STOPLICHT_NOTE = 'De reünie samen met de ouders voorbereiden.'
const WHY_LIBRARY = 'Samen eten verbindt, ook na een ruzie.'
const WHY_PHOTO = 'Mijn foto: de tafel van ons ontmoetingshuis.'
const CLUSTER = 'Samen aan tafel'
const VISION = 'Bij ons voelt elke ouder zich welkom aan tafel'
const QUESTION = 'Hoe krijgen we vaders mee naar de reünie?'
const PHASE_QUESTION = 'Sinds wanneer komen er minder vaders?'
const ADVICE = 'Vraag vaders zelf wat ze willen doen tijdens de reünie.'
const SECRET = 'Vraag het aan meneer Janssens van nr. 14'
const TAKEAWAY = 'Ik neem mee: één vader vragen om mee te organiseren.'

/** A small photo, as a phone would send it (JPEG; the server keeps it as WebP). */
async function photo(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">
    <rect width="640" height="480" fill="#d9822b"/>
    <rect x="120" y="260" width="400" height="140" rx="20" fill="#7c4a1e"/>
    <circle cx="220" cy="200" r="60" fill="#f6d7b0"/><circle cx="420" cy="200" r="60" fill="#8d5524"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/** The zone of the active exercise with this area id, from one person's control state. */
async function zone(person: Person, areaId: string) {
  const control: ControlState = await person.facilitation.control()
  const found = control.areas.find(
    (area) => area.instanceId === control.activity?.instanceId && area.areaId === areaId,
  )
  if (!found) throw new Error(`no zone ${areaId} in the active exercise`)
  return found
}

async function lookAtZone(person: Person, areaId: string): Promise<void> {
  const area = await zone(person, areaId)
  await person.board.lookAt({ x: area.x + area.w / 2, y: area.y + area.h / 2 + 100 }, 1)
}

/** Clicks a download button and gives back the file's suggested name and its bytes. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByTestId(testId).click({ timeout: 5_000 }),
  ])
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) }
}

/**
 * The facts under the heading, as every form of the record writes them: when people met, how
 * long they were together, until when the server keeps the session (Brussels, in words).
 */
const FACTS: Readonly<Record<string, RegExp>> = {
  Datum: /\w+ \d{1,2} \w+ \d{4}, van \d{1,2}\.\d{2} tot \d{1,2}\.\d{2} uur/,
  Duur: /\d+ (?:u(?: \d+ min)?|min) samen in de sessie/,
  'Bewaard tot':
    /\d{1,2} \w+ \d{4} \(90 dagen na de laatste activiteit; daarna verwijdert de server de sessie\)/,
}

/** One line of text per run of whitespace: pdftotext breaks lines where the page does. */
const flat = (text: string) => text.replace(/\s+/g, ' ')

describe('the session record of a whole session', () => {
  test('three exercises played, then the record as a tagged PDF, as Markdown and as a page', async ({
    cast,
    server,
  }) => {
    const session = await facilitatorAndTwo(cast, server.url, TITLE)
    const { els, anna, bram, everyone } = session

    // --- Stoplichtspel: one statement of our own, a named round revealed, a note.
    await els.panel.loadTemplate('stoplichtspel')
    await els.stoplicht.addOwn(STATEMENT)
    let statementId = ''
    await expect
      .poll(async () => {
        statementId =
          readSlice(await els.facilitation.control(), stoplichtspel)?.statements[0]?.id ?? ''
        return statementId
      }, ARRIVES)
      .not.toBe('')
    await els.stoplicht.open(statementId).click({ timeout: 5_000 })
    for (const person of [anna, bram]) {
      await expect.poll(() => person.vote.view(), ARRIVES).toBe('open')
    }
    await castVote(anna, 'groen', 'mouse')
    await castVote(bram, 'rood', 'digit')
    await waitForVoteCount(els, boxOf(statementId, 1), 2)
    await els.stoplicht.reveal.click({ timeout: 5_000 })
    await expect.poll(() => anna.vote.tally(), ARRIVES).toEqual({ groen: 1, oranje: 0, rood: 1 })
    await els.stoplicht.addNote(STOPLICHT_NOTE, statementId)
    await expect.poll(() => els.stoplicht.notes(), ARRIVES).toEqual([STOPLICHT_NOTE])

    // --- Dromen met beelden: a library picture and an own photo with why-notes, a named
    // cluster holding both, a vision statement linked to it.
    const dromen = new Map(everyone.map((person) => [person, new DromenView(person.page)]))
    const dream = (person: Person) => dromen.get(person) as DromenView
    await els.panel.loadTemplate('dromen-met-beelden')
    await dream(els).start.click({ timeout: 10_000 })
    await dream(anna).mySpotMarker.waitFor({ state: 'visible', timeout: 15_000 })
    await dream(anna).goToMySpot.click({ timeout: 5_000 })
    await dream(anna).placeFromLibrary('tafel', 'gezin-samen-eten')
    await dream(anna).writeInEditedNote(WHY_LIBRARY)
    await dream(anna).libraryToggle.click({ timeout: 5_000 })
    await dream(anna).ownPhotoInput.setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(),
    })
    await expect.poll(async () => (await dream(anna).pictures()).length, ARRIVES).toBe(2)
    await dream(anna).writeInEditedNote(WHY_PHOTO)
    await expect
      .poll(async () => (await dream(anna).pictures()).map((p) => p.why).sort(), ARRIVES)
      .toEqual([WHY_PHOTO, WHY_LIBRARY].sort())

    await session.command({ type: 'phase.set', index: 2 })
    await dream(anna).clusterNew.click({ timeout: 10_000 })
    await dream(anna).clusterNameInput.fill(CLUSTER, { timeout: 5_000 })
    await dream(anna).clusterNameInput.press('Enter')
    let frameId = ''
    await expect
      .poll(async () => {
        const frame = (await dream(anna).records()).find(
          (r) => r.type === 'frame' && r.meta?.cluster === true,
        )
        frameId = frame?.id ?? ''
        return frame?.props?.name
      }, ARRIVES)
      .toBe(CLUSTER)
    for (const picture of await dream(anna).pictures()) {
      await dream(anna).goToMySpot.click({ timeout: 5_000 })
      await waitForStillCamera(anna)
      await dream(anna).clickShape(picture.id)
      await dream(anna).clusterMove.click({ timeout: 5_000 })
      await expect
        .poll(async () => {
          const now = (await dream(anna).pictures()).find((p) => p.id === picture.id)
          return now
            ? (await dream(anna).records()).find((r) => r.id === now.parentId)?.parentId
            : null
        }, ARRIVES)
        .toBe(frameId)
    }
    await session.command({ type: 'phase.set', index: 3 })
    await els.page.keyboard.press('Escape')
    await dream(els).visionNew.click({ timeout: 10_000 })
    await dream(els).writeInEditedNote(VISION)
    await dream(els).visionLink(frameId).check({ timeout: 5_000 })

    // --- Casusbespreking (short method): Anna brings a question, Bram asks and advises,
    // a recognisable detail is blanked out, Anna writes her takeaway.
    const casus = new Map(everyone.map((person) => [person, new CasusView(person.page)]))
    const caseView = (person: Person) => casus.get(person) as CasusView
    await els.page.keyboard.press('Escape')
    // While another exercise runs, the case discussion waits folded under "prepare".
    await els.panel.reveal(caseView(els).method('casusbespreking-kort'))
    await caseView(els).method('casusbespreking-kort').click({ timeout: 5_000 })
    for (const person of everyone) await caseView(person).acknowledgePrivacy()
    await caseView(els).chooseBringer('Anna')
    await caseView(anna).bringerBadge.waitFor({ state: 'visible', timeout: 15_000 })
    await lookAtZone(anna, 'casus')
    await anna.board.addNote(QUESTION, { x: 0.45, y: 0.55 })
    await session.command({ type: 'phase.set', index: 1 })
    await lookAtZone(bram, 'vragen')
    await bram.board.addNote(PHASE_QUESTION, { x: 0.45, y: 0.5 })
    await session.command({ type: 'phase.set', index: 2 })
    await lookAtZone(bram, 'adviezen')
    await bram.board.addNote(ADVICE, { x: 0.4, y: 0.5 })
    const secret = await bram.board.addNote(SECRET, { x: 0.6, y: 0.5 })
    await session.command({ type: 'board.redact', shapeId: secret })
    await expect
      .poll(async () => (await els.board.notes()).find((note) => note.id === secret)?.text, ARRIVES)
      .not.toContain('Janssens')
    await session.command({ type: 'phase.set', index: 3 })
    await lookAtZone(anna, 'wat-neem-ik-mee')
    await anna.board.addNote(TAKEAWAY, { x: 0.45, y: 0.5 })

    // --- The two downloads from the facilitator panel, named for the session and its day.
    await els.page.keyboard.press('Escape')
    await els.panel.open()
    await els.page.getByTestId('record-section').scrollIntoViewIfNeeded({ timeout: 5_000 })
    await els.page.screenshot({
      path: resultPath('record-panel-downloads-nl.png'),
      timeout: 10_000,
    })
    // The day people met, in Brussels: today, as the session was made today.
    const day = localDateTime(session.session.createdAt).date
    const pdf = await download(els.page, 'record-download-pdf')
    expect(pdf.name).toBe(`Verslag ${TITLE} ${day}.pdf`)
    const markdownFile = await download(els.page, 'record-download')
    expect(markdownFile.name).toBe(`Verslag ${TITLE} ${day}.md`)
    const markdown = markdownFile.bytes.toString('utf8')

    const pdfPath = resultPath('record-session.pdf')
    await writeFile(pdfPath, pdf.bytes)
    const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString())
    const info = execFileSync('pdfinfo', [pdfPath]).toString()
    const structure = execFileSync('pdfinfo', ['-struct', pdfPath]).toString()

    // Everything that was said is in both files, diacritics and all; the secret in neither.
    const said = [
      `Verslag: ${TITLE}`,
      'Anna, Bram, Els',
      STATEMENT,
      STOPLICHT_NOTE,
      CLUSTER,
      WHY_LIBRARY,
      WHY_PHOTO,
      VISION,
      QUESTION,
      PHASE_QUESTION,
      ADVICE,
      TAKEAWAY,
      'Afgeschermd door de begeleider',
    ]
    for (const words of said) {
      expect(text, `the PDF holds “${words}”`).toContain(words)
      expect(flat(markdown), `the Markdown holds “${words}”`).toContain(words)
    }
    for (const [label, value] of Object.entries(FACTS)) {
      const line = new RegExp(`${label}: ${value.source}`)
      expect(text, `the PDF says ${label}`).toMatch(line)
      expect(flat(markdown), `the Markdown says ${label}`).toMatch(line)
    }
    for (const file of [text, markdown]) {
      expect(file).not.toContain('Janssens')
      expect(file).toContain('één')
      expect(file).toContain('reünie')
      expect(file).toContain('coöperatie')
    }
    // The tally: shape, word and number in a table with header cells, never colour alone.
    expect(text).toContain('Ronde ● Groen ▲ Oranje ■ Rood Totaal 1 1 0 1 2')
    expect(markdown).toContain('| Ronde | ● Groen | ▲ Oranje | ■ Rood | Totaal |')
    expect(markdown).toContain('| 1 | 1 | 0 | 1 | 2 |')
    // The pictures themselves, with their descriptions.
    expect(text).not.toContain('niet beschikbaar')
    expect(markdown).toContain('/pictures/gezin-samen-eten.svg')

    // A4, tagged, in Flemish, with a title, and a structure a screen reader can follow.
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m)
    expect(info).toMatch(new RegExp(`^Title:\\s+Verslag: ${TITLE}$`, 'm'))
    expect(pdf.bytes.toString('latin1')).toContain('/Lang (nl-BE)')
    for (const element of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR']) {
      expect(structure, element).toMatch(new RegExp(`^\\s*${element}\\b`, 'm'))
    }
    expect(structure).toMatch(/TH\b[\s\S]*?\/Scope \/Column/)
    expect(structure.match(/^\s*Figure\b/gm)?.length).toBe(2)

    // The first pages, to be looked at.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '3',
      pdfPath,
      resultPath('record-pdf-page'),
    ])

    // --- The record as a page, opened from the panel in a new tab.
    const [recordTab] = await Promise.all([
      els.context.waitForEvent('page', { timeout: 10_000 }),
      els.page.getByTestId('record-view').click({ timeout: 5_000 }),
    ])
    await recordTab.getByTestId('record-page').waitFor({ state: 'visible', timeout: 20_000 })
    expect(new URL(recordTab.url()).pathname).toBe(`/s/${session.session.id}/verslag`)
    const page = flat((await recordTab.getByTestId('record-page').textContent()) ?? '')
    for (const words of said) expect(page, `the page holds “${words}”`).toContain(words)
    expect(await recordTab.locator('.record__facts dt').allTextContents()).toEqual([
      'Datum',
      'Duur',
      'Deelnemers',
      'Bewaard tot',
    ])
    for (const value of Object.values(FACTS)) expect(page).toMatch(value)
    expect(page).not.toContain('Janssens')
    expect(await recordTab.getByRole('heading', { level: 1 }).textContent()).toBe(
      `Verslag: ${TITLE}`,
    )
    expect(await recordTab.locator('th[scope="col"]').count()).toBeGreaterThanOrEqual(5)
    expect(await recordTab.locator('table caption').count()).toBeGreaterThanOrEqual(1)
    // Both pictures load from our own server.
    await expect
      .poll(() =>
        recordTab
          .locator('figure img')
          .evaluateAll((images) =>
            images.map((image) => (image as unknown as { naturalWidth: number }).naturalWidth > 0),
          ),
      )
      .toEqual([true, true])
    await recordTab.mouse.wheel(0, -10_000)
    await recordTab.screenshot({ path: resultPath('record-page-nl.png'), timeout: 10_000 })
    await recordTab.screenshot({
      path: resultPath('record-page-nl-full.png'),
      fullPage: true,
      timeout: 20_000,
    })

    // While the PDF is made, the page says so; then it says it is done.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => {
      release = resolve
    })
    await recordTab.route('**/record.pdf?*', async (route) => {
      await held
      await route.continue()
    })
    const pageDownload = recordTab.waitForEvent('download', { timeout: 60_000 })
    await recordTab.getByTestId('record-download-pdf').click({ timeout: 5_000 })
    const status = recordTab.getByTestId('record-download-status')
    await expect.poll(() => status.textContent(), ARRIVES).toBe('De PDF wordt gemaakt…')
    expect(await recordTab.getByTestId('record-download-pdf').getAttribute('aria-busy')).toBe(
      'true',
    )
    await recordTab.screenshot({ path: resultPath('record-page-pdf-busy-nl.png'), timeout: 10_000 })
    release()
    expect((await pageDownload).suggestedFilename()).toBe(`Verslag ${TITLE} ${day}.pdf`)
    await expect.poll(() => status.textContent(), ARRIVES).toContain('is gedownload')

    // On a phone, and in English.
    await recordTab.setViewportSize({ width: 390, height: 844 })
    await recordTab.mouse.wheel(0, -10_000)
    await recordTab.screenshot({ path: resultPath('record-page-phone-nl.png'), timeout: 10_000 })
    await recordTab.getByTestId('language-switch').selectOption('en', { timeout: 5_000 })
    await expect
      .poll(() => recordTab.getByRole('heading', { level: 1 }).textContent(), ARRIVES)
      .toBe(`Record: ${TITLE}`)
    expect(await recordTab.locator('html').getAttribute('lang')).toBe('en')
    await recordTab.screenshot({ path: resultPath('record-page-phone-en.png'), timeout: 10_000 })

    // And back to the board.
    await recordTab.setViewportSize({ width: 1366, height: 768 })
    await recordTab.getByTestId('record-back').click({ timeout: 5_000 })
    await recordTab.waitForURL(`**/s/${session.session.id}#begeleider=*`, { timeout: 10_000 })
    expectNoPageErrors(everyone)
  }, 600_000)
})
