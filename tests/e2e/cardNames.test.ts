import { describe, expect, test } from 'vitest'
import { createBoard } from '../helpers/api'
import { axNodeOf } from './fixtures/axTree'
import { BoardPage } from './fixtures/BoardPage'
import { CoproductionPage } from './fixtures/CoproductionPage'
import { useLiveServer } from './fixtures/liveServer'

// What a screen reader hears for each card: what it shows (side, author, words) as its name,
// and whose it is and where it stands as its description; and a card being edited offers text boxes, not disabled ones.

const POLL = { timeout: 15_000 }
const live = useLiveServer()

describe('cards as a screen reader hears them', { timeout: 90_000 }, () => {
  test('notes, reframes and outcomes say their side and author; editors are not disabled', async () => {
    const board = await createBoard(live.server.url, { title: 'Heard, not only seen' })
    const url = `${live.server.url}/b/${board.id}#edit=${board.editToken}`
    const amina = new CoproductionPage(
      await BoardPage.open(live.browser, url, { name: 'Amina', role: 'lived-experience' }),
    )
    const page = amina.page
    try {
      await amina.board.addNote()
      await page.getByTestId('note-editor').pressSequentially('They never call back')
      await expect(axNodeOf(page, '[data-testid="note-editor"]')).resolves.toMatchObject({
        role: 'textbox',
        name: 'Note text',
        disabled: false,
      })
      await page.keyboard.press('Escape')
      await expect
        .poll(() => axNodeOf(page, '[data-testid="note"]'), POLL)
        .toMatchObject({
          name: expect.stringMatching(/^Lived experience\s*Amina\s*They never call back$/),
        })

      await amina.reframeChipFor('They never call back').click()
      await page.getByTestId('reframe-we-editor').waitFor()
      await expect(axNodeOf(page, '[data-testid="reframe-we-editor"]')).resolves.toMatchObject({
        name: 'We could',
        disabled: false,
      })
      await page.keyboard.press('Escape')
      const reframe = await axNodeOf(page, '[data-testid="reframe-card"] .cocard-surface')
      expect(reframe?.name).toMatch(
        /^They said\s*Lived experience\s*“?They never call back”?\s*We could .+/i,
      )
      expect(reframe?.description).toMatch(/^Reframe by Amina, accepted by 0 of 1 sides\b/)

      await amina.addOutcome('Fewer repeat crisis calls')
      await expect
        .poll(() => axNodeOf(page, '[data-testid="outcome-card"] .cocard-surface'), POLL)
        .toMatchObject({
          name: expect.stringMatching(/^Outcome\s*0 of 1 sides agree\s*Fewer repeat crisis calls/i),
          description: expect.stringMatching(/^Written by Amina, Lived experience\b/),
        })
      await page.getByTestId('outcome-card').dblclick()
      await expect(axNodeOf(page, '[data-testid="outcome-outcome-editor"]')).resolves.toMatchObject(
        { name: 'Outcome', disabled: false },
      )
    } finally {
      await amina.board.close()
    }
  })
})
