import type { SessionRetention } from '@reflectiebord/shared'
import { createFacilitatedSession, waitUntilOnline } from './fixtures/facilitatedSession.ts'
import { resultPath } from './fixtures/paths.ts'
import { describe, expect, test } from './fixtures/test.ts'

const PHONE = { viewport: { width: 390, height: 844 }, touch: true }

async function retentionOf(baseUrl: string, facilitatorLink: string): Promise<SessionRetention> {
  const id = /\/s\/([^#/]+)/.exec(facilitatorLink)?.[1] ?? ''
  return (await (await fetch(`${baseUrl}/api/sessions/${id}/retention`)).json()) as SessionRetention
}

describe('how long a session is kept', () => {
  for (const [device, size] of [
    ['laptop', undefined],
    ['phone', PHONE],
  ] as const) {
    test(`a facilitator sees it when creating a session, chooses a shorter period, and changes it in the panel (${device})`, async ({
      cast,
      server,
    }) => {
      const els = await cast.enter('Els', size)
      await els.home.goto()
      const kept = els.page.getByTestId('retention-kept')
      await kept.waitFor({ state: 'visible', timeout: 10_000 })
      expect(await kept.textContent()).toBe(
        'Deze sessie wordt bewaard tot 90 dagen na de laatste activiteit. Daarna verwijdert de server ze, met het bord, de stemmen en de foto’s.',
      )
      expect(await els.page.getByTestId('retention-default').isChecked()).toBe(true)
      await els.page.getByText('7 dagen', { exact: true }).click({ timeout: 5_000 })
      expect(await kept.textContent()).toContain('bewaard tot 7 dagen na de laatste activiteit')
      await els.home.titleInput.fill('Intervisie team Gent', { timeout: 5_000 })
      await els.page.screenshot({
        path: resultPath(`retention-create-${device}.png`),
        fullPage: true,
      })

      const links = await els.home.createSession('Intervisie team Gent')
      expect(await retentionOf(server.url, links.facilitator)).toMatchObject({
        days: 7,
        chosenDays: 7,
      })

      await els.openAsFacilitator()
      // Kept until and the period sit with closing and deleting, folded away.
      await els.panel.unfold('session')
      const until = els.page.getByTestId('retention-until')
      await until.scrollIntoViewIfNeeded({ timeout: 5_000 })
      const expected = new Intl.DateTimeFormat('nl-BE', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Brussels',
      }).format((await retentionOf(server.url, links.facilitator)).keptUntil)
      expect(await until.textContent()).toBe(
        `Bewaard tot ${expected}7 dagen na de laatste activiteit; elke activiteit schuift die dag op. Daarna verwijdert de server de sessie.`,
      )
      await els.page.getByTestId('session-section').screenshot({
        path: resultPath(`retention-panel-${device}.png`),
        timeout: 10_000,
      })

      // Shorter still, by keyboard-friendly select and button.
      await els.page.getByTestId('retention-select').selectOption({ label: '1 dag' })
      await els.page.getByTestId('retention-save').click({ timeout: 5_000 })
      await expect
        .poll(() => els.page.getByTestId('retention-saved').textContent())
        .toBe('Bewaartermijn gewijzigd.')
      expect(await until.textContent()).toContain('1 dag na de laatste activiteit')
      expect(await retentionOf(server.url, links.facilitator)).toMatchObject({ chosenDays: 1 })
      expect(els.pageErrors).toEqual([])
    })
  }
})

describe('participants and the record', () => {
  test('see "Verslag" in the top bar only while the facilitator allows it', async ({
    cast,
    server,
  }) => {
    const { participantLink, session, facilitatorLink } = await createFacilitatedSession(
      server.url,
      'Intervisie team Leuven',
    )
    const els = await cast.enter('Els')
    // On her phone: the top bar must still hold the link.
    const anna = await cast.enter('Anna', PHONE)
    await els.joinBoard(facilitatorLink)
    await anna.joinBoard(participantLink)
    await waitUntilOnline(els, ['Anna', 'Els'])
    const link = anna.page.getByTestId('record-link')
    expect(await link.count()).toBe(0)

    await els.panel.open()
    const toggle = els.page.getByTestId('record-sharing')
    await toggle.scrollIntoViewIfNeeded({ timeout: 5_000 })
    expect(await toggle.isChecked()).toBe(false)
    await els.page.getByText('Deelnemers mogen het verslag downloaden').click({ timeout: 5_000 })
    await link.waitFor({ state: 'visible', timeout: 10_000 })
    expect(await link.getAttribute('href')).toBe(`/s/${session.id}/verslag`)
    expect(await link.textContent()).toBe('Verslag')
    // On her phone the bar makes room: the title is still readable beside the link.
    const title = await anna.page.getByTestId('session-title').boundingBox()
    expect(title?.width ?? 0).toBeGreaterThan(150)
    const languages = await anna.page.getByTestId('language-switch').boundingBox()
    expect(languages && languages.x + languages.width).toBeLessThanOrEqual(PHONE.viewport.width)
    expect(await toggle.isChecked()).toBe(true)
    await els.page.screenshot({ path: resultPath('record-sharing-laptop.png'), timeout: 10_000 })
    await els.page.getByTestId('record-section').screenshot({
      path: resultPath('record-sharing-panel.png'),
      timeout: 10_000,
    })
    const box = await link.boundingBox()
    expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.viewport.width)
    await anna.page.screenshot({ path: resultPath('record-link-phone.png'), timeout: 10_000 })
    // The facilitator's own top bar has the panel instead.
    expect(await els.page.getByTestId('record-link').count()).toBe(0)

    // The link opens the record page, which lets her in with her own participant id.
    const recordTab = await anna.context.newPage()
    await recordTab.goto(`${server.url}${await link.getAttribute('href')}`)
    await recordTab.getByTestId('record-page').waitFor({ state: 'visible', timeout: 15_000 })
    expect(await recordTab.getByTestId('record-title').textContent()).toBe(
      'Verslag: Intervisie team Leuven',
    )
    expect(await recordTab.locator('.record__facts dt').allTextContents()).toEqual([
      'Datum',
      'Duur',
      'Deelnemers',
      'Bewaard tot',
    ])
    await recordTab.screenshot({ path: resultPath('record-page-participant-phone.png') })

    await toggle.press('Space')
    await link.waitFor({ state: 'detached', timeout: 10_000 })
    // Once no longer shared, the page says so instead of showing the record.
    await recordTab.reload()
    await recordTab.getByTestId('record-forbidden').waitFor({ state: 'visible', timeout: 15_000 })
    await recordTab.close()
    expect(els.pageErrors).toEqual([])
    expect(anna.pageErrors).toEqual([])
  })
})
