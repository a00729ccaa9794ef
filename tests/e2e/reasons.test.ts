import { mkdir } from 'node:fs/promises'
import { beforeAll, describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'
import { ProjectorPage } from './fixtures/ProjectorPage'

// An objection nobody can read cannot be answered: the reasons for concerns and objections go
// wherever the stance goes, the card, the wall and the report, not only the framework panel.

const SHOTS = '/tmp/shots-reasons'
const POLL = { timeout: 15_000 }
const live = useLiveServer()

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

describe('reasons for concerns and objections', { timeout: 90_000 }, () => {
  test('an objection’s reason shows on the card, on the projector and in the report', async () => {
    const board = await createBoard(live.server.url, { title: 'Crisis line outcomes' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' }),
    )
    const sian = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' }),
    )
    const projector = await ProjectorPage.open(live.browser, board.projectorUrl)
    try {
      const outcome = 'Every caller gets a call back within two hours'
      await amina.addOutcome(outcome)
      await amina.stanceOnCard(amina.outcomeByText(outcome), 'concerns')
      await amina.page.getByTestId('concern-note').fill('Nights are the hardest to cover')
      await amina.page.getByTestId('concern-note').press('Enter')

      const theirs = sian.outcomeByText(outcome)
      await theirs.waitFor()
      await sian.stanceOnCard(theirs, 'object')
      await sian.page.getByTestId('objection-note').fill('We have no data on call-backs yet')
      await sian.page.getByTestId('objection-note').press('Enter')

      // On each laptop's card, by side, without opening the framework.
      for (const person of [amina, sian]) {
        const reasons = person.outcomeByText(outcome).getByTestId('stance-reasons')
        await expect
          .poll(() => reasons.textContent(), POLL)
          .toContain('We have no data on call-backs yet')
        await expect(reasons.textContent()).resolves.toContain('Nights are the hardest to cover')
        await expect(
          reasons.locator('[data-stance="object"]').getAttribute('data-role'),
        ).resolves.toBe('provider')
      }
      await amina.page.screenshot({ path: `${SHOTS}/laptop-card.png` })

      // On the wall, where the room reads it.
      const onWall = projector.page
        .getByTestId('outcome-card')
        .filter({ hasText: outcome })
        .getByTestId('stance-reasons')
      await expect
        .poll(() => onWall.textContent(), POLL)
        .toContain('We have no data on call-backs yet')
      await projector.page.screenshot({ path: `${SHOTS}/projector.png` })

      // In the report, with the side that said it.
      const report = await fetch(`${live.server.url}/api/boards/${board.id}/export.md`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      }).then((response) => response.text())
      expect(report).toContain('We have no data on call-backs yet')
      expect(report).toContain('Nights are the hardest to cover')
    } finally {
      await Promise.all([amina.board.close(), sian.board.close(), projector.close()])
    }
  })

  test('a concern on an outcome every side agrees with still reaches the report', async () => {
    const board = await createBoard(live.server.url, { title: 'Agreed with a concern' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' }),
    )
    const sian = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Sian', role: 'provider' }),
    )
    try {
      const outcome = 'Peer support on every crisis shift'
      await amina.addOutcome(outcome)
      await amina.stanceOnCard(amina.outcomeByText(outcome), 'agree')
      const theirs = sian.outcomeByText(outcome)
      await theirs.waitFor()
      await sian.stanceOnCard(theirs, 'agree')
      // A second provider agrees with a worry: the side still agrees, and the worry is kept.
      const priya = new CoproductionPage(
        await BoardPage.open(live.browser, url, { name: 'Priya', role: 'provider' }),
      )
      try {
        const hers = priya.outcomeByText(outcome)
        await hers.waitFor()
        await priya.stanceOnCard(hers, 'concerns')
        await priya.page.getByTestId('concern-note').fill('Rotas are set six weeks ahead')
        await priya.page.getByTestId('concern-note').press('Enter')
        await expect
          .poll(
            () => amina.outcomeByText(outcome).getByTestId('stance-reasons').textContent(),
            POLL,
          )
          .toContain('Rotas are set six weeks ahead')
      } finally {
        await priya.board.close()
      }
      const report = await fetch(`${live.server.url}/api/boards/${board.id}/export.md`, {
        headers: { authorization: `Bearer ${board.editToken}` },
      }).then((response) => response.text())
      expect(report).toContain('Rotas are set six weeks ahead')
    } finally {
      await Promise.all([amina.board.close(), sian.board.close()])
    }
  })
})
