import { mkdir } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { useLiveServer } from './fixtures/liveServer'
import { FacilitationPage } from './fixtures/FacilitationPage'
import { ProjectorPage } from './fixtures/ProjectorPage'
import { hasWorkshopFixture } from './fixtures/workshopSeed'
import { tourWorkshop } from './fixtures/workshopTour'

// Running a workshop together, in real browsers against a real server: the hat, the agenda,
// private writing and the dot vote, each seen from more than one person's screen.

const SHOTS = '/tmp/shots-facilitation'
const live = useLiveServer()

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

async function openTwo(title: string, template: 'co-production' | 'blank' = 'co-production') {
  const board = await createBoard(live.server.url, { title, template })
  const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
  const amina = await FacilitationPage.open(live.browser, url, {
    name: 'Amina',
    role: 'lived-experience',
  })
  const sian = await FacilitationPage.open(live.browser, url, { name: 'Sian', role: 'provider' })
  return { amina, sian, projectorUrl: board.projectorUrl }
}

// Each test drives two or three browsers through a whole flow; give a busy machine room.
describe('facilitation', { timeout: 90_000 }, () => {
  test('take the hat, move on, vote on two pages, reveal: results split by side', async () => {
    const { amina, sian, projectorUrl } = await openTwo('Prioritise together')
    const projector = await ProjectorPage.open(live.browser, projectorUrl)
    try {
      await expect(sian.page.getByTestId('stage-next').count()).resolves.toBe(0)
      await amina.takeHat()
      await expect
        .poll(() => sian.page.getByTestId('hat-button').getAttribute('aria-label'))
        .toContain('Amina')
      // Only the hat wearer steers; the other screen shows the state, not the controls.
      await expect(sian.page.getByTestId('stage-next').count()).resolves.toBe(0)

      await expect(sian.stageTitle().textContent()).resolves.toBe('Hopes and fears')
      await amina.nextStage()
      await expect.poll(() => sian.stageTitle().textContent()).toBe('They → we')

      await amina.addNote('A call-back promise within 2 hours')
      await sian.addNote('Peer support on every shift')
      await sian.note('call-back promise').waitFor()
      await amina.note('Peer support').waitFor()

      await amina.startVote(3)
      await expect.poll(() => sian.dotsLeft().textContent()).toBe('Vote: 3 dots left.')
      await amina.vote('call-back promise')
      await amina.vote('call-back promise')
      await amina.vote('Peer support')
      await sian.vote('Peer support')
      await sian.vote('Peer support')
      await sian.vote('call-back promise')
      await expect.poll(() => amina.dotsLeft().textContent()).toBe('Vote: 0 dots left.')
      await expect.poll(() => sian.dotsLeft().textContent()).toBe('Vote: 0 dots left.')
      // While the vote is open, each screen shows only its own dots.
      const sianOnCallBack = (await sian.voteBadge('call-back promise')).getByTestId('vote-mine')
      await expect(sianOnCallBack.locator('.vote-dot').count()).resolves.toBe(1)

      await amina.revealVote()
      for (const person of [amina, sian]) {
        const byRole = person.results().getByTestId('results-by-role')
        await byRole.waitFor()
        // A peer's last dot may still be on its way to this screen: wait for it, never assume.
        await expect.poll(() => byRole.locator('[data-role="lived-experience"] li').count()).toBe(2)
        await expect.poll(() => byRole.locator('[data-role="provider"] li').count()).toBe(2)
        await expect(
          person.results().getByTestId('results-agree').textContent(),
        ).resolves.toContain('Peer support on every shift')
      }
      const totals = await sian.page.getByTestId('vote-total').allTextContents()
      expect(totals.map((text) => Number.parseInt(text, 10))).toEqual([3, 3])

      // The wall shows what the room chose, large enough for the back row, with nothing to close.
      const onWall = projector.page.getByTestId('projector-results')
      await onWall.getByTestId('results-by-role').waitFor()
      const agreed = onWall.getByTestId('results-agree')
      await expect(agreed.textContent()).resolves.toContain('Peer support on every shift')
      const pixels = await agreed
        .locator('li')
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
      expect(pixels).toBeGreaterThanOrEqual(20)
      await expect(onWall.getByRole('button').count()).resolves.toBe(0)
      await projector.page.screenshot({ path: `${SHOTS}/projector-results.png` })
      // Until the facilitator moves on: then the wall shows the board again.
      await amina.page.keyboard.press('Escape')
      await amina.results().waitFor({ state: 'detached' })
      // Closed stays closed through a reload; the wall keeps them.
      await amina.page.reload()
      await amina.page
        .getByTestId('connection-status')
        .and(amina.page.locator('[data-status="live"]'))
        .waitFor()
      // The stage controls come with the synced board, and with it the revealed vote.
      await amina.page.getByTestId('stage-next').waitFor()
      await expect(amina.results().count()).resolves.toBe(0)
      await expect(projector.page.getByTestId('projector-results').count()).resolves.toBe(1)
      await amina.nextStage()
      await onWall.waitFor({ state: 'detached' })
      await projector.page.getByTestId('projector-board').waitFor()
    } finally {
      await amina.close()
      await sian.close()
      await projector.close()
    }
  })

  test('shift-click notes into a named group; its frame carries them; a note dragged out leaves', async () => {
    const { amina, sian } = await openTwo('Grouping', 'blank')
    try {
      await amina.addNote('Call back within 2 hours')
      await amina.addNote('Say when you will call')
      // A click selects one note; Shift-click adds another, as in any drawing tool.
      await amina.note('Call back').click()
      await amina.note('Say when').click({ modifiers: ['Shift'] })
      await expect
        .poll(() => amina.page.getByTestId('group-toolbar').textContent())
        .toContain('2 cards selected')
      await amina.page.getByTestId('group').click()
      await amina.page.getByTestId('cluster-title-input').fill('Call-backs')
      await amina.page.keyboard.press('Enter')
      await expect
        .poll(() => sian.page.getByTestId('cluster-title').textContent())
        .toBe('Call-backs')

      const frame = amina.page.getByTestId('cluster')
      const before = await Promise.all(['Call back', 'Say when'].map((t) => sian.position(t)))
      const box = (await frame.boundingBox())!
      await amina.page.mouse.move(box.x + box.width - 8, box.y + box.height - 8)
      await amina.page.mouse.down()
      await amina.page.mouse.move(box.x + box.width + 192, box.y + box.height + 92, { steps: 10 })
      await amina.page.mouse.up()
      for (const [index, text] of ['Call back', 'Say when'].entries()) {
        await expect
          .poll(() => sian.position(text))
          .toEqual({
            x: before[index].x + 200,
            y: before[index].y + 100,
          })
      }

      const note = amina.note('Say when')
      const noteBox = (await note.boundingBox())!
      await amina.page.mouse.move(noteBox.x + 40, noteBox.y + 40)
      await amina.page.mouse.down()
      await amina.page.mouse.move(noteBox.x + 40, noteBox.y + 460, { steps: 10 })
      await amina.page.mouse.up()
      await expect
        .poll(() => sian.page.getByTestId('cluster').getAttribute('aria-label'))
        .toBe('Group: Call-backs, 1 card')

      await frame.click({ position: { x: 10, y: box.height - 10 } })
      await amina.page.getByTestId('ungroup').click()
      await expect.poll(() => sian.page.getByTestId('cluster').count()).toBe(0)
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test('follow someone’s view until Escape; “Bring everyone here” moves every screen', async () => {
    const { amina, sian } = await openTwo('Looking together', 'blank')
    try {
      const zoomOf = (person: FacilitationPage) =>
        person.page.getByTestId('zoom-percent').textContent()
      await sian.page.getByTestId('people-here').click()
      await sian.page.getByTestId('follow-button').click()
      await expect
        .poll(() => sian.page.getByTestId('follow-banner').textContent())
        .toContain('Following Amina')
      await amina.page.getByRole('button', { name: 'Zoom in' }).click()
      await expect.poll(() => zoomOf(sian)).toBe(await zoomOf(amina))
      await sian.page.keyboard.press('Escape')
      await sian.page.getByTestId('follow-banner').waitFor({ state: 'detached' })

      await amina.takeHat()
      await amina.page.getByRole('button', { name: 'Zoom in' }).click()
      await amina.page.getByRole('button', { name: 'Zoom in' }).click()
      expect(await zoomOf(sian)).not.toBe(await zoomOf(amina))
      await amina.page.getByTestId('summon').click()
      await expect.poll(() => zoomOf(sian)).toBe(await zoomOf(amina))
      // Sian is told why her view moved; Amina, who asked, is not.
      await expect
        .poll(() => sian.page.getByTestId('server-notice').textContent())
        .toBe('Amina brought everyone to the same view.')
      await expect(
        amina.page.getByTestId('server-notice').allTextContents(),
      ).resolves.not.toContain('Amina brought everyone to the same view.')
    } finally {
      await amina.close()
      await sian.close()
    }
  })

  test.skipIf(!hasWorkshopFixture())(
    'the crisis-pathway workshop on a laptop, a phone and a projector',
    { timeout: 180_000 },
    () => tourWorkshop(live.browser, live.server, SHOTS),
  )
})
